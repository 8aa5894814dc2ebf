//! Table-driven tests for printf-style `%` formatting. Expected strings were
//! produced by CPython 3.11 (`fmt % args`); `!Type: message` marks an exception.

use num_bigint::BigInt;

use super::*;

#[derive(Clone, Debug)]
enum V {
    I(i64),
    Big(&'static str),
    F(f64),
    S(&'static str),
    B(bool),
    /// `None`
    N,
    /// The list `[1]` (a mapping for `%`'s purposes, but not a tuple).
    L,
}

enum Args {
    T(&'static [V]),
    D(&'static [(&'static str, V)]),
    One(V),
}

use Args::*;
use V::*;

fn repr_v(v: &V) -> String {
    match v {
        I(i) => i.to_string(),
        Big(s) => s.to_string(),
        F(f) => float_repr(*f),
        S(s) => str_repr(s),
        B(b) => if *b { "True" } else { "False" }.to_string(),
        N => "None".to_string(),
        L => "[1]".to_string(),
    }
}

struct TestArgs(Args);

impl PercentArgs for TestArgs {
    type Arg = V;
    type Error = String;
    fn tuple_len(&self) -> Option<usize> {
        match &self.0 {
            T(items) => Some(items.len()),
            _ => None,
        }
    }
    fn tuple_item(&mut self, idx: usize) -> V {
        match &self.0 {
            T(items) => items[idx].clone(),
            _ => N,
        }
    }
    fn whole(&mut self) -> V {
        match &self.0 {
            One(v) => v.clone(),
            // Stand-in for the dict object itself: only str()/repr() are used.
            D(items) => {
                let body: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", str_repr(k), repr_v(v)))
                    .collect();
                S(Box::leak(
                    format!("{{{}}}", body.join(", ")).into_boxed_str(),
                ))
            }
            T(_) => N,
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(&self.0, D(_) | One(L))
    }
    fn get_item(&mut self, key: &str) -> Result<V, String> {
        match &self.0 {
            D(items) => items
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| format!("KeyError: {}", str_repr(key))),
            _ => Err("TypeError: list indices must be integers or slices, not str".to_string()),
        }
    }
    fn str_of(&mut self, arg: &V) -> Result<String, String> {
        Ok(match arg {
            S(s) => s.to_string(),
            v => repr_v(v),
        })
    }
    fn repr_of(&mut self, arg: &V) -> Result<String, String> {
        Ok(match (arg, &self.0) {
            // whole() returns the dict as an `S` holding its repr.
            (S(s), D(_)) if s.starts_with('{') => s.to_string(),
            (v, _) => repr_v(v),
        })
    }
    fn kind(&mut self, arg: &V) -> ArgKind {
        match arg {
            I(i) => ArgKind::Int(BigInt::from(*i)),
            Big(s) => ArgKind::Int(s.parse().unwrap()),
            B(b) => ArgKind::Int(BigInt::from(*b as i32)),
            F(f) => ArgKind::Float(*f),
            S(s) => ArgKind::Str(s.to_string()),
            N => ArgKind::Other("NoneType".to_string()),
            L => ArgKind::Other("list".to_string()),
        }
    }
}

#[rustfmt::skip]
const CASES: &[(&str, Args, &str)] = &[
    ("%c", One(S("ab")), "!TypeError: %c requires int or char"),
    ("%c", One(F(1.5)), "!TypeError: %c requires int or char"),
    ("%c", One(I(-1)), "!OverflowError: %c arg not in range(0x110000)"),
    ("%c", One(Big("1180591620717411303424")), "!OverflowError: %c arg not in range(0x110000)"),
    ("%c", One(S("x")), "x"),
    ("%5c", One(I(65)), "    A"),
    ("%-3c|", One(I(65)), "A  |"),
    ("%c", One(S("😀")), "😀"),
    ("%3c", One(S("é")), "  é"),
    ("%d", One(S("1")), "!TypeError: %d format: a real number is required, not str"),
    ("%x", One(F(1.5)), "!TypeError: %x format: an integer is required, not float"),
    ("%d", One(F(1.7)), "1"),
    ("%d", One(F(-1.7)), "-1"),
    ("%i", One(F(1e+20)), "100000000000000000000"),
    ("%d", One(F(f64::NAN)), "!ValueError: cannot convert float NaN to integer"),
    ("%d", One(F(f64::INFINITY)), "!OverflowError: cannot convert float infinity to integer"),
    ("%x", One(S("1")), "!TypeError: %x format: an integer is required, not str"),
    ("%o", One(N), "!TypeError: %o format: an integer is required, not NoneType"),
    ("%d", One(N), "!TypeError: %d format: a real number is required, not NoneType"),
    ("%d", One(L), "!TypeError: %d format: a real number is required, not list"),
    ("%f", One(S("a")), "!TypeError: must be real number, not str"),
    ("%f", One(N), "!TypeError: must be real number, not NoneType"),
    ("%f", One(Big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")), "!OverflowError: int too large to convert to float"),
    ("%e", One(Big("100000000000000000000")), "1.000000e+20"),
    ("%*d", T(&[F(1.5), I(2)]), "!TypeError: * wants int"),
    ("%*d", T(&[Big("1180591620717411303424"), I(2)]), "!OverflowError: Python int too large to convert to C ssize_t"),
    ("%.*f", T(&[I(1099511627776), F(2.0)]), "!OverflowError: Python int too large to convert to C int"),
    ("%.*f", T(&[I(-3), F(2.0)]), "2"),
    ("%*.*f|", T(&[I(-10), I(2), F(3.14259)]), "3.14      |"),
    ("%(a)s %s", D(&[("a", I(1))]), "!TypeError: not enough arguments for format string"),
    ("%s %(a)s", D(&[("a", I(1))]), "{'a': 1} 1"),
    ("%s", D(&[("a", I(1))]), "{'a': 1}"),
    ("%s %s", D(&[("a", I(1))]), "!TypeError: not enough arguments for format string"),
    ("%(a)s", T(&[I(1)]), "!TypeError: format requires a mapping"),
    ("%(a", D(&[("a", I(1))]), "!ValueError: incomplete format key"),
    ("%(a)s", D(&[]), "!KeyError: 'a'"),
    ("%()s", D(&[("", I(3))]), "3"),
    ("%(a(b)c)s", D(&[("a(b)c", I(4))]), "4"),
    ("%(a)d %(b)x", D(&[("a", I(1)), ("b", I(255))]), "1 ff"),
    ("%(a)*d", D(&[("a", I(3))]), "!TypeError: not enough arguments for format string"),
    ("%", T(&[]), "!ValueError: incomplete format"),
    ("%5", One(I(1)), "!ValueError: incomplete format"),
    ("abc %z", One(I(1)), "!ValueError: unsupported format character 'z' (0x7a) at index 5"),
    ("%s", T(&[]), "!TypeError: not enough arguments for format string"),
    ("%s %s", T(&[I(1)]), "!TypeError: not enough arguments for format string"),
    ("%s", T(&[I(1), I(2)]), "!TypeError: not all arguments converted during string formatting"),
    ("x", One(I(1)), "!TypeError: not all arguments converted during string formatting"),
    ("x", T(&[]), "x"),
    ("x", D(&[]), "x"),
    ("x", One(L), "x"),
    ("%s", One(L), "[1]"),
    ("%(a)s", One(S("abc")), "!TypeError: format requires a mapping"),
    ("%s", One(S("abc")), "abc"),
    ("%010f", One(F(f64::INFINITY)), "0000000inf"),
    ("%-010f", One(F(f64::NEG_INFINITY)), "-inf      "),
    ("%+f", One(F(f64::NAN)), "+nan"),
    ("%F", One(F(f64::NAN)), "NAN"),
    ("%E", One(F(f64::INFINITY)), "INF"),
    ("%#.0f", One(F(1.0)), "1."),
    ("%010.2f", One(F(-3.14259)), "-000003.14"),
    ("%+010.2f", One(F(3.14259)), "+000003.14"),
    ("% 010.2f", One(F(3.14259)), " 000003.14"),
    ("%-+10.2f|", One(F(3.14259)), "+3.14     |"),
    ("%010e", One(F(-1e-10)), "-1.000000e-10"),
    ("%#x", One(I(255)), "0xff"),
    ("%#010x", One(I(255)), "0x000000ff"),
    ("%#-10x|", One(I(255)), "0xff      |"),
    ("%-#10X|", One(I(-255)), "-0XFF     |"),
    ("% d", One(I(5)), " 5"),
    ("%+.5d", One(I(5)), "+00005"),
    ("%#.5o", One(I(-8)), "-0o00010"),
    ("%#o", One(I(0)), "0o0"),
    ("%#X", One(I(255)), "0XFF"),
    ("%#5x", One(I(255)), " 0xff"),
    ("%#05x", One(I(-255)), "-0xff"),
    ("%+#x", One(I(255)), "+0xff"),
    ("% #o", One(I(8)), " 0o10"),
    ("%.0d", One(I(0)), "0"),
    ("%x", One(I(-255)), "-ff"),
    ("%08.3d", One(I(-5)), "-0000005"),
    ("%-08.3d|", One(I(-5)), "-005    |"),
    ("%05s", One(S("ab")), "   ab"),
    ("%-5s|", One(S("ab")), "ab   |"),
    ("%.1s", One(S("abc")), "a"),
    ("%.1r", One(S("abc")), "'"),
    ("%a", One(S("é")), "'\\xe9'"),
    ("%5.2a", One(S("é")), "   '\\"),
    ("%-+05d", One(I(3)), "+3   "),
    ("%0-5d|", One(I(3)), "3    |"),
    ("%r", One(S("é\n")), "'é\\n'"),
    ("%s", One(S("é")), "é"),
    ("%10r", One(S("x")), "       'x'"),
    ("%+s", One(S("x")), "x"),
    ("%+5s", One(S("x")), "    x"),
    ("%05c", One(I(65)), "    A"),
    ("%ld %hd %Ld", T(&[I(1), I(2), I(3)]), "1 2 3"),
    ("%l", One(I(1)), "!ValueError: incomplete format"),
    ("%.f", One(F(2.5)), "2"),
    ("%.e", One(F(2.5)), "2e+00"),
    ("%10.3e", One(F(12345.678)), " 1.235e+04"),
    ("%g", One(F(1e-05)), "1e-05"),
    ("%g", One(F(123456789.0)), "1.23457e+08"),
    ("%#g", One(F(1.0)), "1.00000"),
    ("%G", One(F(1e-10)), "1E-10"),
    ("%.3g", One(F(100.0)), "100"),
    ("%.3g", One(F(1000.0)), "1e+03"),
    ("%#.3g", One(F(1000.0)), "1.00e+03"),
    ("%.0g", One(F(0.0)), "0"),
    ("%#.0g", One(F(0.0)), "0."),
    ("%g", One(F(-0.0)), "-0"),
    ("%u", One(I(-3)), "-3"),
    ("%i", One(B(true)), "1"),
    ("%x", One(B(true)), "1"),
    ("%s", One(B(true)), "True"),
    ("%r", One(F(1.0)), "1.0"),
    ("%s", One(F(1e+16)), "1e+16"),
    ("%.3s", One(F(1e+16)), "1e+"),
    ("%%", T(&[]), "%"),
    ("%5%", T(&[]), "!TypeError: not enough arguments for format string"),
    ("%5%", T(&[I(1)]), "!ValueError: unsupported format character '%' (0x25) at index 2"),
    ("%z", T(&[]), "!TypeError: not enough arguments for format string"),
    ("%\x01", One(I(1)), "!ValueError: unsupported format character '?' (0x1) at index 1"),
    ("%é", One(I(1)), "!ValueError: unsupported format character '?' (0xe9) at index 1"),
    ("%s %%", One(I(1)), "1 %"),
    ("100%% %s", One(S("x")), "100% x"),
    ("%.2147483648f", One(F(1.0)), "!ValueError: precision too big"),
    ("%99999999999999999999d", One(I(1)), "!ValueError: width too big"),
    ("%*s", T(&[I(-5), S("a")]), "a    "),
    ("%-*s|", T(&[I(-5), S("a")]), "a    |"),
    ("%s", One(N), "None"),
    ("%r", One(N), "None"),
    ("%.0f", One(F(0.5)), "0"),
    ("%.0f", One(F(1.5)), "2"),
    ("%.0f", One(F(2.5)), "2"),
    ("%.20f", One(F(0.1)), "0.10000000000000000555"),
    ("%.2f", One(F(0.125)), "0.12"),
    ("%.2f", One(F(0.375)), "0.38"),
    ("%d%%", One(I(50)), "50%"),
    ("%s-%s", T(&[S("a"), S("b")]), "a-b"),
    ("%(x)s%(y)r", D(&[("x", S("é")), ("y", S("é"))]), "é'é'"),
    ("%f", One(B(true)), "1.000000"),
    ("%.3f", One(I(1152921504606846976)), "1152921504606846976.000"),
    ("%x", One(Big("1267650600228229401496703205376")), "10000000000000000000000000"),
    ("%X", One(Big("-1267650600228229401496703205376")), "-10000000000000000000000000"),
    ("%o", One(Big("-1267650600228229401496703205376")), "-2000000000000000000000000000000000"),
    ("%.100d", One(I(7)), "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007"),
    ("%*s", T(&[S("a"), S("b")]), "!TypeError: * wants int"),
    ("%.*s", T(&[I(2), S("abc")]), "ab"),
    ("%.*s", T(&[B(true), S("abc")]), "a"),
    ("%(a)s %(a)s", D(&[("a", I(1))]), "1 1"),
    ("% (a)s", D(&[("a", I(1))]), "!ValueError: unsupported format character '(' (0x28) at index 2"),
    ("%(a)", D(&[("a", I(1))]), "!ValueError: incomplete format"),
    ("%-(a)s", D(&[("a", I(1))]), "!ValueError: unsupported format character '(' (0x28) at index 2"),
    ("%(a)-5s|", D(&[("a", I(1))]), "1    |"),
    ("%s %s %s", T(&[I(1), F(2.5), S("x")]), "1 2.5 x"),
    ("%.2s", One(S("é日本")), "é日"),
    ("%5.1s|", One(S("日本")), "    日|"),
    ("%.3r", One(S("日本")), "'日本"),
    ("%.5o", One(I(255)), "00377"),
    ("%0.11c", One(S("é")), "é"),
    ("%.8d", One(F(-0.0)), "00000000"),
    ("%- .4s", One(I(0)), "0"),
    ("%0i", One(F(1e+20)), "100000000000000000000"),
    ("%# 6.9r", One(S("héllo")), "'héllo'"),
    ("%- .11u", One(F(1e+20)), " 100000000000000000000"),
    ("%-1.10o", One(I(0)), "0000000000"),
    ("%0.6u", One(F(-9116.198777409132)), "-009116"),
    ("%05i", One(I(-838581)), "-838581"),
    ("%0-3.4x", One(S("héllo")), "!TypeError: %x format: an integer is required, not str"),
    ("% 2.6s", One(I(65)), "65"),
    ("%9F", One(I(65)), "65.000000"),
    ("%0.12g", One(F(-0.0)), "-0"),
    ("%10.7G", One(I(255)), "       255"),
    ("%G", One(F(1e+20)), "1E+20"),
    ("%0 2.2G", One(F(1e+20)), " 1E+20"),
    ("%-F", One(F(1e+20)), "100000000000000000000.000000"),
    ("%.10u", One(S("héllo")), "!TypeError: %u format: a real number is required, not str"),
    ("%+#.1e", One(F(1e+20)), "+1.0e+20"),
    ("%g", One(F(-0.0)), "-0"),
    ("% .12x", One(F(1e+20)), "!TypeError: %x format: an integer is required, not float"),
    ("% 10.4r", One(F(-0.0)), "      -0.0"),
    ("%0.9E", One(I(65)), "6.500000000E+01"),
    ("%0.1u", One(F(6203.837580164363)), "6203"),
    ("%0+.0u", One(F(1e-07)), "+0"),
    ("%-#f", One(I(255)), "255.000000"),
    ("%u", One(F(1e+20)), "100000000000000000000"),
    ("%0.10i", One(F(1e+20)), "100000000000000000000"),
    ("%0#0i", One(I(-903144)), "-903144"),
    ("%1c", One(S("é")), "é"),
    ("%#10.9G", One(I(0)), "0.00000000"),
    ("%.11o", One(S("héllo")), "!TypeError: %o format: an integer is required, not str"),
    ("%010r", One(I(255)), "       255"),
    ("% #11E", One(I(-433579)), "-4.335790E+05"),
    ("%+.0G", One(F(1e+20)), "+1E+20"),
    ("%.11u", One(I(65)), "00000000065"),
    ("%E", One(I(65)), "6.500000E+01"),
    ("%.10X", One(I(-283857)), "-00000454D1"),
    ("%1.11F", One(I(65)), "65.00000000000"),
    ("%+-g", One(I(-621628)), "-621628"),
    ("%.7f", One(S("héllo")), "!TypeError: must be real number, not str"),
    ("%#-r", One(I(65)), "65"),
    ("%#+10u", One(I(65)), "       +65"),
    ("%0.2e", One(S("héllo")), "!TypeError: must be real number, not str"),
    ("%11.10f", One(F(7788.182678461802)), "7788.1826784618"),
    ("%#12G", One(F(-0.0)), "    -0.00000"),
    ("%#c", One(I(0)), "\x00"),
    ("%-#e", One(F(1e-07)), "1.000000e-07"),
    ("%+i", One(I(-112286)), "-112286"),
    ("%-01G", One(S("héllo")), "!TypeError: must be real number, not str"),
    ("%0.5s", One(I(255)), "255"),
    ("%+8.1o", One(I(255)), "    +377"),
    ("% -8.10a", One(F(1e+20)), "1e+20   "),
    ("%12c", One(S("é")), "           é"),
    ("%0+.2a", One(I(65)), "65"),
    ("%5.8X", One(F(-0.0)), "!TypeError: %X format: an integer is required, not float"),
    ("%-0.12G", One(I(0)), "0"),
    ("%.7E", One(S("héllo")), "!TypeError: must be real number, not str"),
    ("%#.5u", One(I(237568)), "237568"),
    ("%-0.9s", One(F(-0.0)), "-0.0"),
    ("%0+X", One(S("héllo")), "!TypeError: %X format: an integer is required, not str"),
    ("%-12.6g", One(F(1e+20)), "1e+20       "),
    ("%# 10d", One(F(1e-07)), "         0"),
    ("%+8e", One(I(255)), "+2.550000e+02"),
    ("%9x", One(F(-655.1949989235909)), "!TypeError: %x format: an integer is required, not float"),
    ("%c", One(S("é")), "é"),
    ("% o", One(F(1e-07)), "!TypeError: %o format: an integer is required, not float"),
    ("%3c", One(S("é")), "  é"),
    ("%-.6c", One(I(0)), "\x00"),
    ("%10a", One(I(0)), "         0"),
    ("%+.11G", One(I(65)), "+65"),
    ("%0f", One(I(255)), "255.000000"),
    ("%+0.2X", One(I(-707954)), "-ACD72"),
    ("%+#s", One(F(-1039.5396772240929)), "-1039.5396772240929"),
    ("%-+.6d", One(F(1e-07)), "+000000"),
    ("%1X", One(S("héllo")), "!TypeError: %X format: an integer is required, not str"),
    ("%.12f", One(I(255)), "255.000000000000"),
    ("%#3.0G", One(I(0)), " 0."),
    ("%o", One(F(-9618.505363116572)), "!TypeError: %o format: an integer is required, not float"),
    ("%-3.3g", One(S("héllo")), "!TypeError: must be real number, not str"),
    ("%-#4.1X", One(I(65)), "0X41"),
    ("%05.2G", One(I(0)), "00000"),
    ("%+7.5X", One(I(0)), " +00000"),
    ("%-a", One(I(450933)), "450933"),
    ("%+a", One(S("héllo")), "'h\\xe9llo'"),
    ("%-g", One(I(255)), "255"),
    ("%x", One(F(8708.98256369781)), "!TypeError: %x format: an integer is required, not float"),
    ("%3r", One(S("héllo")), "'héllo'"),
    ("%+#d", One(F(1e-07)), "+0"),
    ("%-1u", One(S("héllo")), "!TypeError: %u format: a real number is required, not str"),
    ("%010F", One(I(255)), "255.000000"),
    ("%+.7o", One(I(255)), "+0000377"),
    ("%8e", One(F(-5002.354480244801)), "-5.002354e+03"),
    ("%+6.1e", One(F(1e-07)), "+1.0e-07"),
    ("%+#11r", One(I(0)), "          0"),
    ("%00u", One(F(1e+20)), "100000000000000000000"),
    ("%0-10e", One(F(-4480.333851016425)), "-4.480334e+03"),
    ("%#.11x", One(I(0)), "0x00000000000"),
    ("%-.7s", One(S("héllo")), "héllo"),
    ("%6.7E", One(F(1e+20)), "1.0000000E+20"),
    ("%-7.5E", One(F(8602.60394314977)), "8.60260E+03"),
    ("%X", One(F(1e-07)), "!TypeError: %X format: an integer is required, not float"),
    ("% 12c", One(S("é")), "           é"),
    ("% .7f", One(I(255)), " 255.0000000"),
    ("% .0i", One(F(-0.0)), " 0"),
    ("%+011.8x", One(F(-4408.132878449808)), "!TypeError: %x format: an integer is required, not float"),
    ("%.7r", One(F(-0.0)), "-0.0"),
    ("%+r", One(I(255)), "255"),
    ("% 7g", One(I(0)), "      0"),
    ("%+7.0u", One(F(1e+20)), "+100000000000000000000"),
    ("%c", One(I(255)), "ÿ"),
    ("%4.2s", One(F(1e-07)), "  1e"),
    ("%5.9F", One(F(1e+20)), "100000000000000000000.000000000"),
    ("%-u", One(I(758008)), "758008"),
    ("%- .6c", One(I(65)), "A"),
    ("%-+3x", One(I(255)), "+ff"),
    ("%#-2X", One(F(-0.0)), "!TypeError: %X format: an integer is required, not float"),
    ("%s", One(I(0)), "0"),
    ("%0u", One(I(0)), "0"),
];

#[test]
fn percent_table() {
    for (fmt, args, want) in CASES {
        let args = match args {
            T(v) => T(v),
            D(v) => D(v),
            One(v) => One(v.clone()),
        };
        let got = match percent_format(fmt, &mut TestArgs(args)) {
            Ok(s) => s,
            Err(PercentError::TypeError(m)) => format!("!TypeError: {m}"),
            Err(PercentError::ValueError(m)) => format!("!ValueError: {m}"),
            Err(PercentError::OverflowError(m)) => format!("!OverflowError: {m}"),
            Err(PercentError::MemoryError(m)) => format!("!MemoryError: {m}"),
            Err(PercentError::Raised(m)) => format!("!{m}"),
        };
        assert_eq!(&got, want, "{fmt:?}");
    }
}

#[test]
fn huge_width_is_memory_error() {
    let r = percent_format("%9999999999999d", &mut TestArgs(One(I(1))));
    assert!(matches!(r, Err(PercentError::MemoryError(_))));
}
