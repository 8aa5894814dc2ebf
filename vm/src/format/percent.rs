//! printf-style `str % args` formatting: a transcription of CPython 3.11's
//! `PyUnicode_Format` (Objects/unicodeobject.c), including its argument
//! bookkeeping, so error messages and edge cases match.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_fmt::{double_to_string, DtsFlags};
pub use super::percent_args::{
    char_from_int, float_conversion_error, float_to_int, int_conversion_error, ArgKind,
    PercentArgs, PercentError,
};

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

fn type_err<E>(msg: &str) -> PercentError<E> {
    PercentError::TypeError(msg.to_string())
}

fn value_err<E>(msg: &str) -> PercentError<E> {
    PercentError::ValueError(msg.to_string())
}

/// Formatter state (CPython's `unicode_formatter_t`).
struct Ctx<'a, A: PercentArgs + ?Sized> {
    args: &'a mut A,
    /// Tuple length, or -1 for a single object.
    arglen: isize,
    argidx: isize,
    /// The single object after a `%(key)` lookup (otherwise `args.whole()`).
    looked_up: Option<A::Arg>,
    is_dict: bool,
}

impl<A: PercentArgs + ?Sized> Ctx<'_, A> {
    fn next_arg(&mut self) -> Result<A::Arg, PercentError<A::Error>> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(match self.looked_up.take() {
                    Some(v) => v,
                    None => self.args.whole(),
                });
            }
            return Ok(self.args.tuple_item(idx as usize));
        }
        Err(type_err("not enough arguments for format string"))
    }

    /// Value of a `*` width or precision argument (must be an int).
    fn star_arg(&mut self) -> Result<BigInt, PercentError<A::Error>> {
        let v = self.next_arg()?;
        match self.args.kind(&v) {
            ArgKind::Int(i) => Ok(i),
            _ => Err(type_err("* wants int")),
        }
    }
}

/// `_PyUnicode_FormatLong`: sign, optional `0o`/`0x` prefix, digits
/// zero-filled to `prec`; upper case for `X`.
fn format_long<E>(v: &BigInt, alt: bool, prec: i32, conv: char) -> Result<String, PercentError<E>> {
    if prec > i32::MAX - 3 {
        return Err(PercentError::OverflowError(
            "precision too large".to_string(),
        ));
    }
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 4);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    let prec = prec.max(0) as usize;
    if prec > digits.len() {
        out.extend(std::iter::repeat_n('0', prec - digits.len()));
    }
    out.push_str(&digits);
    if conv == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// One parsed conversion spec (CPython's `unicode_format_arg_t`).
struct Arg {
    ch: char,
    flags: u8,
    width: isize,
    prec: i32,
    sign: bool,
}

/// `unicode_format_arg_output`: pad `text` according to flags and width.
fn output_arg(out: &mut String, arg: &mut Arg, text: &str) {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as isize;
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec as isize >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return;
    }
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec as isize {
        len = arg.prec as isize;
    }
    let mut pindex: usize = 0;
    let mut signchar = ' ';
    if arg.sign {
        let first = chars.first().copied().unwrap_or('\0');
        if first == '-' || first == '+' {
            signchar = first;
            len -= 1;
            pindex += 1;
        } else if arg.flags & F_SIGN != 0 {
            signchar = '+';
        } else if arg.flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            arg.sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if arg.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (arg.width - len) as usize));
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
    }
    let len = len.max(0) as usize;
    out.extend(chars.iter().skip(pindex).take(len));
    if arg.width > len as isize {
        out.extend(std::iter::repeat_n(
            ' ',
            (arg.width - len as isize) as usize,
        ));
    }
}

/// `fmt % args`.
///
/// Errors: [`PercentError::TypeError`] / `ValueError` / `OverflowError` with
/// CPython's message, or [`PercentError::Raised`] for an exception the VM
/// raised in one of the [`PercentArgs`] callbacks.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut A,
) -> Result<String, PercentError<A::Error>> {
    let f: Vec<char> = fmt.chars().collect();
    let n = f.len() as isize;
    let at = |i: isize| -> char { f.get(i as usize).copied().unwrap_or('\0') };
    let tuple_len = args.tuple_len();
    let is_dict = tuple_len.is_none() && args.is_mapping();
    let mut ctx = Ctx {
        arglen: tuple_len.map_or(-1, |l| l as isize),
        argidx: if tuple_len.is_some() { 0 } else { -2 },
        looked_up: None,
        is_dict,
        args,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos: isize = 0;
    let mut cnt: isize = n;

    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        if at(pos) != '%' {
            let start = pos as usize;
            pos += 1;
            while cnt >= 0 && at(pos) != '%' {
                pos += 1;
                cnt -= 1;
            }
            if cnt < 0 {
                pos -= 1;
            }
            out.extend(&f[start..(pos as usize).min(f.len())]);
            continue;
        }
        pos += 1;

        // unicode_format_arg
        let mut arg = Arg {
            ch: at(pos),
            flags: 0,
            width: -1,
            prec: -1,
            sign: false,
        };
        if arg.ch == '%' {
            pos += 1;
            cnt -= 1;
            out.push('%');
            continue;
        }

        // unicode_format_arg_parse
        if arg.ch == '(' {
            if !ctx.is_dict {
                return Err(type_err("format requires a mapping"));
            }
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                arg.ch = at(pos);
                if arg.ch == ')' {
                    pcount -= 1;
                } else if arg.ch == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            if cnt < 0 || pcount > 0 {
                return Err(value_err("incomplete format key"));
            }
            let keylen = pos - keystart - 1;
            let key: String = f[keystart as usize..(keystart + keylen) as usize]
                .iter()
                .collect();
            let v = ctx.args.get_item(&key).map_err(PercentError::Raised)?;
            ctx.looked_up = Some(v);
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            arg.ch = at(pos);
            pos += 1;
            match arg.ch {
                '-' => arg.flags |= F_LJUST,
                '+' => arg.flags |= F_SIGN,
                ' ' => arg.flags |= F_BLANK,
                '#' => arg.flags |= F_ALT,
                '0' => arg.flags |= F_ZERO,
                _ => break,
            }
        }
        if arg.ch == '*' {
            let v = ctx.star_arg()?;
            let w = v.to_isize().ok_or_else(|| {
                PercentError::OverflowError(
                    "Python int too large to convert to C ssize_t".to_string(),
                )
            })?;
            arg.width = w;
            if w < 0 {
                arg.flags |= F_LJUST;
                arg.width = w.checked_neg().unwrap_or(isize::MAX);
            }
            cnt -= 1;
            if cnt >= 0 {
                arg.ch = at(pos);
                pos += 1;
            }
        } else if let Some(d) = arg.ch.to_digit(10).filter(|_| arg.ch.is_ascii_digit()) {
            arg.width = d as isize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                arg.ch = at(pos);
                pos += 1;
                let Some(d) = arg.ch.to_digit(10).filter(|_| arg.ch.is_ascii_digit()) else {
                    break;
                };
                if arg.width > (isize::MAX - d as isize) / 10 {
                    return Err(value_err("width too big"));
                }
                arg.width = arg.width * 10 + d as isize;
            }
        }
        if arg.ch == '.' {
            arg.prec = 0;
            cnt -= 1;
            if cnt >= 0 {
                arg.ch = at(pos);
                pos += 1;
            }
            if arg.ch == '*' {
                let v = ctx.star_arg()?;
                let p = v.to_i32().ok_or_else(|| {
                    PercentError::OverflowError(
                        "Python int too large to convert to C int".to_string(),
                    )
                })?;
                arg.prec = p.max(0);
                cnt -= 1;
                if cnt >= 0 {
                    arg.ch = at(pos);
                    pos += 1;
                }
            } else if let Some(d) = arg.ch.to_digit(10).filter(|_| arg.ch.is_ascii_digit()) {
                arg.prec = d as i32;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    arg.ch = at(pos);
                    pos += 1;
                    let Some(d) = arg.ch.to_digit(10).filter(|_| arg.ch.is_ascii_digit()) else {
                        break;
                    };
                    if arg.prec > (i32::MAX - d as i32) / 10 {
                        return Err(value_err("precision too big"));
                    }
                    arg.prec = arg.prec * 10 + d as i32;
                }
            }
        }
        if cnt >= 0 && matches!(arg.ch, 'h' | 'l' | 'L') {
            cnt -= 1;
            if cnt >= 0 {
                arg.ch = at(pos);
                pos += 1;
            }
        }
        if cnt < 0 {
            return Err(value_err("incomplete format"));
        }

        // unicode_format_arg_format
        let v = ctx.next_arg()?;
        let text = match arg.ch {
            's' => ctx.args.str_of(&v).map_err(PercentError::Raised)?,
            'r' => ctx.args.repr_of(&v).map_err(PercentError::Raised)?,
            'a' => ctx.args.ascii_of(&v).map_err(PercentError::Raised)?,
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let iv = ctx.args.to_integer(&v, arg.ch)?;
                arg.sign = true;
                format_long(&iv, arg.flags & F_ALT != 0, arg.prec, arg.ch)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = ctx.args.to_float(&v)?;
                arg.sign = true;
                let prec = if arg.prec < 0 { 6 } else { arg.prec as usize };
                let flags = DtsFlags {
                    alt: arg.flags & F_ALT != 0,
                    ..DtsFlags::default()
                };
                double_to_string(x, arg.ch, prec, flags)
            }
            'c' => ctx.args.to_char(&v)?.to_string(),
            c => {
                let cp = c as u32;
                let shown = if (31..=126).contains(&cp) { c } else { '?' };
                return Err(PercentError::ValueError(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    cp,
                    pos - 1
                )));
            }
        };
        if arg.width > super::format_num::MAX_WIDTH as isize {
            return Err(PercentError::MemoryError(
                "format width too big".to_string(),
            ));
        }
        output_arg(&mut out, &mut arg, &text);
        if ctx.is_dict && ctx.argidx < ctx.arglen {
            return Err(type_err(
                "not all arguments converted during string formatting",
            ));
        }
    }

    if ctx.argidx < ctx.arglen && !ctx.is_dict {
        return Err(type_err(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}
