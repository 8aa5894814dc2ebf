//! `repr(complex)`, `format(complex, spec)` and `complex(str)` parsing
//! (CPython 3.11's `complex_repr`, `format_complex_internal` and
//! `complex_from_string_inner`).

use super::float_fmt::{double_to_string, DtsFlags};
use super::layout::{layout_number, pad_text, Layout, NumberParts};
use super::spec::{unknown_format_code, FormatSpec};

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtsFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, plain));
    }
    let signed = DtsFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        double_to_string(re, 'r', 0, plain),
        double_to_string(im, 'r', 0, signed)
    )
}

fn part(text: &str, sign: Option<char>, grouping: Option<(char, usize)>) -> String {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let lay = Layout {
        fill: ' ',
        align: '<',
        sign,
        width: None,
        grouping,
    };
    layout_number(&parts, &lay)
}

/// `complex.__format__` for a non-empty spec.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_format_code(t, "complex")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    if spec.fill == Some('0') || (spec.fill.is_none() && spec.zero_pad) {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let (mut code, mut default_precision) = (spec.ty.unwrap_or('r'), 6);
    let (mut skip_re, mut parens) = (false, false);
    if spec.ty.is_none() {
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if code == 'n' {
        code = 'g';
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let grouping = spec.grouping.map(|c| (c, 3));
    let re_s = double_to_string(re, code, precision, flags);
    let im_s = double_to_string(im, code, precision, flags);
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(&re_s, spec.sign, grouping));
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    body.push_str(&part(&im_s, im_sign, grouping));
    body.push('j');
    if parens {
        body.push(')');
    }
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or('>');
    Ok(pad_text(&body, spec.width, fill, align))
}

/// Length of the float literal at the start of `s` (as `strtod` accepts:
/// digits with optional point and exponent, or inf/infinity/nan), 0 if none.
fn float_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let rest = &s[i..];
    for word in ["infinity", "inf", "nan"] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return i + word.len();
        }
    }
    let start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut nd = i - start;
    if i < s.len() && s[i] == b'.' {
        let p = i + 1;
        let mut j = p;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        nd += j - p;
        if nd > 0 {
            i = j;
        }
    }
    if nd == 0 {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let d = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > d {
            i = j;
        }
    }
    i
}

/// Parses `complex(str)`; Err is the ValueError message.
pub fn parse_complex(text: &str) -> Result<(f64, f64), String> {
    const BAD: &str = "complex() arg is a malformed string";
    let b = text.as_bytes();
    // Underscores are allowed only between digits.
    let mut clean = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !ok {
                return Err(format!(
                    "could not convert string to complex: {}",
                    super::py_repr::str_repr(text)
                ));
            }
            continue;
        }
        clean.push(c);
    }
    if !clean.is_ascii() {
        return Err(BAD.into());
    }
    let s = &clean[..];
    let num = |t: &[u8]| -> f64 {
        super::float_parse::parse_float(std::str::from_utf8(t).unwrap_or("")).unwrap_or(f64::NAN)
    };
    let mut i = 0;
    let ws = |i: &mut usize| {
        while *i < s.len() && s[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    ws(&mut i);
    let bracket = i < s.len() && s[i] == b'(';
    if bracket {
        i += 1;
        ws(&mut i);
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |i: usize| i < s.len() && (s[i] == b'j' || s[i] == b'J');
    let n = float_prefix(&s[i..]);
    if n > 0 {
        let z = num(&s[i..i + n]);
        i += n;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            x = z;
            let m = float_prefix(&s[i..]);
            if m > 0 {
                y = num(&s[i..i + m]);
                i += m;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(i) {
                return Err(BAD.into());
            }
            i += 1;
        } else if is_j(i) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(i) {
            return Err(BAD.into());
        }
        i += 1;
    }
    ws(&mut i);
    if bracket {
        if i >= s.len() || s[i] != b')' {
            return Err(BAD.into());
        }
        i += 1;
        ws(&mut i);
    }
    if i != s.len() {
        return Err(BAD.into());
    }
    Ok((x, y))
}
