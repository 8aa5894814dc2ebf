//! `str % args` and `bytes % args` through `crate::format::percent_format`.
//!
//! Bytes are formatted as Latin-1 text (one char per byte) and converted
//! back, with `%s`/`%b` taking bytes-like arguments and `%r` being `%a`.

use crate::format::{int_conversion_error, ArgKind, PercentArgs, PercentError};
use crate::objects::bytes::ByteArrayObj;
use crate::objects::str::new_str;
use crate::protocol::dunder::call_user_dunder;
use crate::runtime::errors::{memory_error, overflow_error, type_error, value_error, PyErr};
use crate::runtime::thread::Thread;
use crate::runtime::types::type_name;
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::BigInt;

struct Args<'t> {
    ts: &'t mut Thread,
    args: Value,
    bytes: bool,
}

fn is_mapping(v: Value) -> bool {
    use crate::object::Kind;
    if v.as_tuple().is_some() || v.as_str().is_some() {
        return false;
    }
    matches!(
        v.kind(),
        Some(Kind::Dict | Kind::List | Kind::Bytes | Kind::ByteArray | Kind::Range)
    ) || crate::protocol::dunder::user_dunder(crate::runtime::types::type_of(v), "__getitem__")
        .is_some()
}

/// Bytes of a bytes-like value (bytes, bytearray).
fn bytes_like(v: Value) -> Option<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Some(b.to_vec());
    }
    v.downcast::<ByteArrayObj>().map(|b| b.data.lock().clone())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

impl Args<'_> {
    /// A user `__index__` / `__int__` / `__float__` result, if defined.
    fn user_number(
        &mut self,
        arg: Value,
        names: &[&'static str],
    ) -> Result<Option<Value>, PercentError<PyErr>> {
        if !arg.is_ptr() || arg.is_int() {
            return Ok(None);
        }
        for name in names {
            if let Some(r) =
                call_user_dunder(self.ts, arg, name, &[]).map_err(PercentError::Raised)?
            {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }
}

impl PercentArgs for Args<'_> {
    type Arg = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        self.args.as_tuple().map(|t| t.len())
    }
    fn tuple_item(&mut self, idx: usize) -> Value {
        self.args.as_tuple().expect("tuple")[idx]
    }
    fn whole(&mut self) -> Value {
        self.args
    }
    fn is_mapping(&self) -> bool {
        is_mapping(self.args)
    }
    fn get_item(&mut self, key: &str) -> Result<Value, PyErr> {
        let k = if self.bytes {
            crate::objects::bytes::new_bytes(
                key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>(),
            )
        } else {
            new_str(key)
        };
        crate::protocol::container::getitem(self.ts, self.args, k)
    }
    fn str_of(&mut self, arg: &Value) -> Result<String, PyErr> {
        if !self.bytes {
            return crate::protocol::repr::str_string(self.ts, *arg);
        }
        if let Some(b) = bytes_like(*arg) {
            return Ok(latin1(&b));
        }
        if let Some(r) = call_user_dunder(self.ts, *arg, "__bytes__", &[])? {
            if let Some(b) = r.as_bytes() {
                return Ok(latin1(b));
            }
            return Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(r)
            )));
        }
        Err(type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            type_name(*arg)
        )))
    }
    fn repr_of(&mut self, arg: &Value) -> Result<String, PyErr> {
        let r = crate::protocol::repr::repr_string(self.ts, *arg)?;
        Ok(if self.bytes {
            crate::format::ascii_escape(&r)
        } else {
            r
        })
    }
    fn kind(&mut self, arg: &Value) -> ArgKind {
        let v = *arg;
        if v.is_int() {
            return ArgKind::Int(v.as_bigint().expect("int").into_owned());
        }
        if let Some(f) = v.as_float_any() {
            return ArgKind::Float(f);
        }
        if let Some(s) = v.as_str() {
            return ArgKind::Str(s.to_string());
        }
        ArgKind::Other(type_name(v).to_string())
    }
    fn to_integer(&mut self, arg: &Value, conv: char) -> Result<BigInt, PercentError<PyErr>> {
        let names: &[&str] = if matches!(conv, 'o' | 'x' | 'X') {
            &["__index__"]
        } else {
            &["__index__", "__int__"]
        };
        if let Some(r) = self.user_number(*arg, names)? {
            if r.is_int() {
                return Ok(r.as_bigint().expect("int").into_owned());
            }
            return Err(int_conversion_error(conv, type_name(*arg)));
        }
        match self.kind(arg) {
            ArgKind::Int(v) => Ok(v),
            ArgKind::Float(f) if !matches!(conv, 'o' | 'x' | 'X') => crate::format::float_to_int(f),
            _ => Err(int_conversion_error(conv, type_name(*arg))),
        }
    }
    fn to_float(&mut self, arg: &Value) -> Result<f64, PercentError<PyErr>> {
        if let Some(r) = self.user_number(*arg, &["__float__", "__index__"])? {
            if let Some(f) = r.as_float_any() {
                return Ok(f);
            }
            if let Some(b) = r.as_bigint() {
                return crate::format::int_to_f64(&b).map_err(PercentError::OverflowError);
            }
        }
        match self.kind(arg) {
            ArgKind::Int(v) => crate::format::int_to_f64(&v).map_err(PercentError::OverflowError),
            ArgKind::Float(f) => Ok(f),
            _ => Err(crate::format::float_conversion_error(type_name(*arg))),
        }
    }
    fn to_char(&mut self, arg: &Value) -> Result<char, PercentError<PyErr>> {
        if !self.bytes {
            return match self.kind(arg) {
                ArgKind::Int(v) => crate::format::char_from_int(&v),
                ArgKind::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Ok(c),
                        _ => Err(PercentError::TypeError("%c requires int or char".into())),
                    }
                }
                _ => Err(PercentError::TypeError("%c requires int or char".into())),
            };
        }
        if let Some(b) = bytes_like(*arg) {
            if b.len() == 1 {
                return Ok(b[0] as char);
            }
        }
        if arg.is_int() {
            return match arg.as_i64() {
                Some(i @ 0..=255) => Ok(i as u8 as char),
                _ => Err(PercentError::OverflowError(
                    "%c arg not in range(256)".into(),
                )),
            };
        }
        Err(PercentError::TypeError(
            "%c requires an integer in range(256) or a single byte".into(),
        ))
    }
}

fn raise(e: PercentError<PyErr>) -> PyErr {
    match e {
        PercentError::TypeError(m) => type_error(m),
        PercentError::ValueError(m) => value_error(m),
        PercentError::OverflowError(m) => overflow_error(m),
        PercentError::MemoryError(m) => memory_error(m),
        PercentError::Raised(e) => e,
    }
}

/// `fmt % args` for a str format.
pub(crate) fn format_str(ts: &mut Thread, fmt: &str, args: Value) -> PyResult<String> {
    let mut a = Args {
        ts,
        args,
        bytes: false,
    };
    crate::format::percent_format(fmt, &mut a).map_err(raise)
}

/// Rewrites `%b` conversions to `%s` (same meaning for bytes).
fn b_to_s(fmt: &mut [char]) {
    let mut i = 0;
    let n = fmt.len();
    while i < n {
        if fmt[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < n && fmt[i] == '(' {
            let mut depth = 0;
            while i < n {
                match fmt[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while i < n && matches!(fmt[i], '-' | '+' | ' ' | '#' | '0') {
            i += 1;
        }
        let skip_num = |i: &mut usize| {
            if *i < n && fmt[*i] == '*' {
                *i += 1;
            } else {
                while *i < n && fmt[*i].is_ascii_digit() {
                    *i += 1;
                }
            }
        };
        skip_num(&mut i);
        if i < n && fmt[i] == '.' {
            i += 1;
            skip_num(&mut i);
        }
        if i < n {
            if fmt[i] == 'b' {
                fmt[i] = 's';
            }
            i += 1;
        }
    }
}

/// `fmt % args` for a bytes format (the result as bytes).
pub(crate) fn format_bytes(ts: &mut Thread, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let mut chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    b_to_s(&mut chars);
    let text: String = chars.into_iter().collect();
    let mut a = Args {
        ts,
        args,
        bytes: true,
    };
    let out = crate::format::percent_format(&text, &mut a).map_err(|e| match e {
        PercentError::TypeError(m)
            if m == "not all arguments converted during string formatting" =>
        {
            type_error("not all arguments converted during bytes formatting")
        }
        e => raise(e),
    })?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}
