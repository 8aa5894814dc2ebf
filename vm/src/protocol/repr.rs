//! `repr(v)` and `str(v)` with CPython's spellings.

use crate::object::Kind;
use crate::objects::builtin_fn::BuiltinFnObj;
use crate::objects::dict::DictObj;
use crate::objects::exception::ExceptionObj;
use crate::objects::function::{FunctionObj, MethodObj};
use crate::objects::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::range::RangeObj;
use crate::objects::set::SetObj;
use crate::objects::slice::SliceObj;
use crate::objects::str::new_str;
use crate::protocol::dunder::{call_user_dunder, user_dunder};
use crate::runtime::errors::type_error;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress on this thread (`[...]` guard).
    static IN_REPR: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

pub fn repr(ts: &mut Thread, v: Value) -> PyResult<Value> {
    // Ints and constants are the common non-str cases of `repr`/`str`/
    // f-strings: give their text without building a String first.
    if let Some(i) = v.as_small_int() {
        return Ok(small_int_str(i));
    }
    if v.is_const() {
        return Ok(crate::runtime::intern::intern(const_repr(v)));
    }
    if let Some(r) = plain_str_repr(v) {
        return Ok(r);
    }
    if v.is_ptr() && user_dunder(type_of(v), "__repr__").is_some() {
        let r = call_user_dunder(ts, v, "__repr__", &[])?.expect("defined");
        if r.as_str().is_none() {
            return Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                type_name(r)
            )));
        }
        return Ok(r);
    }
    Ok(new_str(repr_string(ts, v)?))
}

/// The repr of a constant (None, True, False, NotImplemented, Ellipsis).
fn const_repr(v: Value) -> &'static str {
    match v {
        Value::NONE => "None",
        Value::TRUE => "True",
        Value::FALSE => "False",
        Value::NOT_IMPLEMENTED => "NotImplemented",
        _ => "Ellipsis",
    }
}

/// The repr of a short exact str of printable ASCII with no quote or
/// backslash (dict keys, words): the text in single quotes, built on the
/// stack. None for anything else.
fn plain_str_repr(v: Value) -> Option<Value> {
    let s = v.as_str()?;
    let mut buf = [0u8; 30];
    if s.len() + 2 > buf.len() || type_of(v) != crate::runtime::types::types().str {
        return None;
    }
    if !s
        .bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'\'' && b != b'\\')
    {
        return None;
    }
    buf[0] = b'\'';
    buf[1..=s.len()].copy_from_slice(s.as_bytes());
    buf[s.len() + 1] = b'\'';
    Some(new_str(
        std::str::from_utf8(&buf[..s.len() + 2]).expect("ascii"),
    ))
}

/// The decimal text of a small int, formatted on the stack.
pub fn small_int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    new_str(std::str::from_utf8(&buf[pos..]).expect("ascii digits"))
}

/// `repr(v)` as a Rust string.
pub fn repr_string(ts: &mut Thread, v: Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    if let Some(f) = v.as_float() {
        return Ok(crate::format::float_repr(f));
    }
    if v.is_const() {
        return Ok(const_repr(v).into());
    }
    if v.is_ptr() && user_dunder(type_of(v), "__repr__").is_some() {
        let r = repr(ts, v)?;
        return Ok(r.as_str().expect("checked").to_string());
    }
    let ty = type_of(v);
    let kind = v.kind().expect("heap object");
    let out = match kind {
        Kind::Str => quote_str(v.as_str().expect("str")),
        Kind::Float => crate::format::float_repr(v.as_float_any().expect("float")),
        Kind::Complex => {
            let (re, im) = v.as_complex().expect("complex");
            crate::format::complex_repr(re, im)
        }
        Kind::BigInt => crate::format::int_to_decimal_limited(
            &v.as_bigint().expect("int"),
            crate::modules::sys::int_max_str_digits(),
        )
        .map_err(crate::runtime::errors::value_error)?,
        Kind::Bytes => quote_bytes(v.as_bytes().expect("bytes")),
        Kind::ByteArray => {
            let data = v
                .downcast::<crate::objects::bytes::ByteArrayObj>()
                .expect("bytearray")
                .data
                .lock()
                .clone();
            format!("{}({})", ty.name_str(), quote_bytes(&data))
        }
        Kind::Tuple | Kind::List | Kind::Dict | Kind::Set => return guarded(ts, v, kind),
        Kind::Range => {
            let r = v.downcast::<RangeObj>().expect("range");
            let (a, b) = (repr_string(ts, r.start)?, repr_string(ts, r.stop)?);
            if r.step == Value::small_int(1) {
                format!("range({a}, {b})")
            } else {
                format!("range({a}, {b}, {})", repr_string(ts, r.step)?)
            }
        }
        Kind::Slice => {
            let s = v.downcast::<SliceObj>().expect("slice");
            format!(
                "slice({}, {}, {})",
                repr_string(ts, s.start)?,
                repr_string(ts, s.stop)?,
                repr_string(ts, s.step)?
            )
        }
        Kind::Function => {
            let f = v.downcast::<FunctionObj>().expect("function");
            format!(
                "<function {} at {:#x}>",
                f.qualname.get().as_str().unwrap_or("?"),
                v.bits()
            )
        }
        Kind::Builtin => {
            let f = v.downcast::<BuiltinFnObj>().expect("builtin");
            if ty == types().method_descriptor {
                format!(
                    "<method '{}' of '{}' objects>",
                    f.name,
                    f.owner.as_type().map_or("?", |t| t.get().name_str())
                )
            } else if f.this.is_null() || f.this.is::<ModuleObj>() {
                format!("<built-in function {}>", f.name)
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    f.name,
                    type_name(f.this),
                    f.this.bits()
                )
            }
        }
        Kind::Method => {
            let m = v.downcast::<MethodObj>().expect("method");
            let name = match m.func.downcast::<FunctionObj>() {
                Some(f) => f.qualname.get().as_str().unwrap_or("?").to_string(),
                None => "?".into(),
            };
            format!("<bound method {} of {}>", name, repr_string(ts, m.this)?)
        }
        Kind::Type => {
            let t = v.as_type().expect("type");
            let module = crate::protocol::dict::dict_get_str(
                t.dict,
                crate::runtime::intern::intern("__module__"),
            );
            match module.and_then(|m| m.as_str()) {
                Some(m) if m != "builtins" => format!(
                    "<class '{}.{}'>",
                    m,
                    t.qualname.get().as_str().unwrap_or("?")
                ),
                _ => format!("<class '{}'>", t.name_str()),
            }
        }
        Kind::Module => {
            let m = v.downcast::<ModuleObj>().expect("module");
            let file = crate::protocol::dict::dict_get_str(
                m.dict,
                crate::runtime::intern::intern("__file__"),
            );
            match file.and_then(|f| f.as_str()) {
                Some(f) => format!("<module '{}' from '{}'>", m.name.as_str().unwrap_or("?"), f),
                None => format!("<module '{}' (built-in)>", m.name.as_str().unwrap_or("?")),
            }
        }
        Kind::Exception => {
            let e = v.downcast::<ExceptionObj>().expect("exception");
            let args = e.args.get().as_tuple().unwrap_or(&[]).to_vec();
            let name = ty.name_str();
            if args.len() == 1 {
                format!("{}({})", name, repr_string(ts, args[0])?)
            } else {
                let parts = args
                    .iter()
                    .map(|&a| repr_string(ts, a))
                    .collect::<PyResult<Vec<_>>>()?;
                format!("{}({})", name, parts.join(", "))
            }
        }
        Kind::Generator => {
            let g = v
                .downcast::<crate::objects::generator::GeneratorObj>()
                .expect("generator");
            format!(
                "<{} object {} at {:#x}>",
                ty.name_str(),
                g.qualname.get().as_str().unwrap_or("?"),
                v.bits()
            )
        }
        Kind::Cell => format!("<cell at {:#x}>", v.bits()),
        Kind::Code => {
            let c = v.downcast::<crate::objects::code::CodeObj>().expect("code");
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str().unwrap_or("?"),
                v.bits(),
                c.filename.as_str().unwrap_or("?"),
                c.firstlineno
            )
        }
        Kind::Native => match crate::builtins::dict_views::view_repr(ts, v)? {
            Some(s) => s,
            None => default_repr(v),
        },
        _ => default_repr(v),
    };
    Ok(out)
}

/// `<module.Class object at 0x...>`
pub fn default_repr(v: Value) -> String {
    let ty = type_of(v);
    let module =
        crate::protocol::dict::dict_get_str(ty.dict, crate::runtime::intern::intern("__module__"));
    match module.and_then(|m| m.as_str()) {
        Some(m) if m != "builtins" => format!(
            "<{}.{} object at {:#x}>",
            m,
            ty.qualname.get().as_str().unwrap_or("?"),
            v.bits()
        ),
        _ => format!("<{} object at {:#x}>", ty.name_str(), v.bits()),
    }
}

fn guarded(ts: &mut Thread, v: Value, kind: Kind) -> PyResult<String> {
    let id = v.bits();
    if IN_REPR.with(|s| s.borrow().contains(&id)) {
        return Ok(match kind {
            Kind::List => "[...]",
            Kind::Dict => "{...}",
            _ => "...",
        }
        .into());
    }
    IN_REPR.with(|s| s.borrow_mut().push(id));
    let r = container_repr(ts, v, kind);
    IN_REPR.with(|s| s.borrow_mut().retain(|&x| x != id));
    r
}

fn join_reprs(ts: &mut Thread, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_str_of(ts, x)?);
    }
    Ok(out)
}

/// repr through `repr()` so user `__repr__`s are honoured.
fn repr_str_of(ts: &mut Thread, x: Value) -> PyResult<String> {
    let r = repr(ts, x)?;
    Ok(r.as_str().expect("repr is str").to_string())
}

fn container_repr(ts: &mut Thread, v: Value, kind: Kind) -> PyResult<String> {
    let ty = type_of(v);
    let t = types();
    Ok(match kind {
        Kind::Tuple => {
            let items = v.as_tuple().expect("tuple");
            if items.len() == 1 {
                format!("({},)", repr_str_of(ts, items[0])?)
            } else {
                format!("({})", join_reprs(ts, items)?)
            }
        }
        Kind::List => {
            let items = v.downcast::<ListObj>().expect("list").snapshot();
            let holder = crate::objects::list::new_list_gc(items.clone());
            let s = format!("[{}]", join_reprs(ts, &items)?);
            crate::heap::keep_alive(&holder);
            s
        }
        Kind::Dict => {
            let d = v.downcast::<DictObj>().expect("dict");
            let items = crate::protocol::dict::dict_items(d);
            let mut out = String::from("{");
            for (i, (k, val)) in items.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_str_of(ts, k)?);
                out.push_str(": ");
                out.push_str(&repr_str_of(ts, val)?);
            }
            out.push('}');
            out
        }
        _ => {
            let s = v.downcast::<SetObj>().expect("set");
            let items = crate::protocol::set::set_items(s);
            let name = ty.name_str();
            if items.is_empty() {
                format!("{name}()")
            } else if ty == t.set {
                format!("{{{}}}", join_reprs(ts, &items)?)
            } else {
                format!("{name}({{{}}})", join_reprs(ts, &items)?)
            }
        }
    })
}

/// `str(v)`.
pub fn str_of(ts: &mut Thread, v: Value) -> PyResult<Value> {
    if v.as_str().is_some() && !type_of(v).has_flag(crate::objects::typeobj::TF_HEAPTYPE) {
        return Ok(v);
    }
    if v.is_ptr() && user_dunder(type_of(v), "__str__").is_some() {
        let r = call_user_dunder(ts, v, "__str__", &[])?.expect("defined");
        if r.as_str().is_none() {
            return Err(type_error(format!(
                "__str__ returned non-string (type {})",
                type_name(r)
            )));
        }
        return Ok(r);
    }
    if let Some(s) = v.as_str() {
        return Ok(new_str(s));
    }
    if let Some(e) = v.downcast::<ExceptionObj>() {
        return Ok(new_str(exception_str(ts, v, &e)?));
    }
    repr(ts, v)
}

/// `str(v)` as a Rust string.
pub fn str_string(ts: &mut Thread, v: Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        if !type_of(v).has_flag(crate::objects::typeobj::TF_HEAPTYPE) {
            return Ok(s.to_string());
        }
    }
    let s = str_of(ts, v)?;
    Ok(s.as_str().expect("str").to_string())
}

fn exception_str(ts: &mut Thread, v: Value, e: &ExceptionObj) -> PyResult<String> {
    let args = e.args.get().as_tuple().unwrap_or(&[]).to_vec();
    let is_key_error = type_of(v).is_subtype(types().key_error);
    // OSError(errno, strerror[, filename]): "[Errno N] strerror[: 'filename']".
    if type_of(v).is_subtype(types().os_error) && args.len() == 2 && args[0].is_int() {
        let mut out = format!(
            "[Errno {}] {}",
            repr_string(ts, args[0])?,
            str_string(ts, args[1])?
        );
        let filename =
            crate::protocol::attr::getattr_opt(ts, v, crate::runtime::intern::intern("filename"))?;
        if let Some(f) = filename.filter(|f| !f.is_none()) {
            out.push_str(": ");
            out.push_str(&repr_str_of(ts, f)?);
        }
        return Ok(out);
    }
    // UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason).
    if type_of(v).is_subtype(types().unicode_encode_error)
        || type_of(v).is_subtype(types().unicode_decode_error)
    {
        if let [enc, obj, start, end, reason] = args.as_slice() {
            if let (Some(enc), Some(start), Some(end), Some(reason)) =
                (enc.as_str(), start.as_i64(), end.as_i64(), reason.as_str())
            {
                return Ok(crate::builtins::strings::codecs::unicode_error_message(
                    enc,
                    *obj,
                    start.max(0) as usize,
                    end.max(0) as usize,
                    reason,
                ));
            }
        }
    }
    // SyntaxError: "msg (file, line N)" when it carries its location.
    if type_of(v).is_subtype(types().syntax_error) {
        if let [msg, detail] = args.as_slice() {
            if let Some([file, line, ..]) = detail.as_tuple() {
                let msg = str_string(ts, *msg)?;
                let file = file
                    .as_str()
                    .unwrap_or("?")
                    .rsplit('/')
                    .next()
                    .unwrap_or("?")
                    .to_string();
                return Ok(format!(
                    "{msg} ({file}, line {})",
                    line.as_i64().unwrap_or(0)
                ));
            }
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => repr_str_of(ts, args[0]),
        1 => str_string(ts, args[0]),
        _ => repr_string(ts, e.args.get()),
    }
}

/// Python's quoting of a str (`repr`): CPython's quote choice, escapes and
/// printable-character table (from the format library).
pub fn quote_str(s: &str) -> String {
    crate::format::str_repr(s)
}

pub fn quote_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
