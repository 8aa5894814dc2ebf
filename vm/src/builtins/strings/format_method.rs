//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: the
//! replacement-field grammar of CPython's `unicode_format.h`.
//!
//! All syntax characters are ASCII, so the parser scans UTF-8 bytes.

use super::format_parse::{get_integer, parse_field, Field};
use super::util::{one_arg, this_str};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::int_from_i64;
use crate::objects::str::new_str;
use crate::protocol::container::getitem;
use crate::runtime::errors::{index_error, key_error, value_error};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

/// Where `{name}` fields are looked up.
enum Names<'a> {
    Pairs(KwArgs<'a>),
    Map(Value),
}

#[derive(PartialEq, Eq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    /// Positional arguments; None for `format_map`.
    args: Option<&'a [Value]>,
    names: Names<'a>,
    numbering: Numbering,
    next_auto: usize,
}

pub(super) fn format(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "format")?;
    let mut f = Formatter {
        args: Some(&args[1..]),
        names: Names::Pairs(kw),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    Ok(new_str(f.build(ts, s, 2)?))
}

pub(super) fn format_map(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, s) = this_str(args, "format_map")?;
    let m = one_arg("str", "format_map", args, kw)?;
    let mut f = Formatter {
        args: None,
        names: Names::Map(m),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    Ok(new_str(f.build(ts, s, 2)?))
}

impl Formatter<'_> {
    fn build(&mut self, ts: &mut Thread, s: &str, depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = s.as_bytes();
        let mut out = String::with_capacity(s.len() + 16);
        let mut pos = 0;
        while pos < b.len() {
            let start = pos;
            let mut c = 0u8;
            let mut markup = false;
            while pos < b.len() {
                c = b[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= b.len();
            let mut lit_end = pos;
            if markup && c == b'}' && (at_end || b[pos] != b'}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if markup && at_end && c == b'{' {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if markup {
                if b[pos] == c {
                    pos += 1;
                    markup = false;
                } else {
                    lit_end -= 1;
                }
            }
            out.push_str(&s[start..lit_end]);
            if markup {
                let field = parse_field(s, &mut pos)?;
                self.render(ts, &field, depth, &mut out)?;
            }
        }
        Ok(out)
    }

    fn render(
        &mut self,
        ts: &mut Thread,
        field: &Field,
        depth: i32,
        out: &mut String,
    ) -> PyResult<()> {
        let mut obj = self.field_object(ts, field.name)?;
        if let Some(conv) = field.conversion {
            obj = match conv {
                'r' => crate::protocol::repr(ts, obj)?,
                's' => crate::protocol::str_of(ts, obj)?,
                'a' => {
                    let r = crate::protocol::repr::repr_string(ts, obj)?;
                    new_str(crate::format::ascii_escape(&r))
                }
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(value_error(format!(
                        "Unknown conversion specifier \\x{:x}",
                        c as u32
                    )))
                }
            };
        }
        let expanded;
        let spec = if field.spec_has_fields {
            expanded = self.build(ts, field.spec, depth - 1)?;
            expanded.as_str()
        } else {
            field.spec
        };
        if spec.is_empty() {
            if let Some(s) = obj.as_str() {
                if crate::runtime::types::type_of(obj) == crate::runtime::types::types().str {
                    out.push_str(s);
                    return Ok(());
                }
            }
        }
        let r = super::format_value(ts, obj, spec)?;
        out.push_str(r.as_str().expect("format returns str"));
        Ok(())
    }

    /// `get_field_object`: the argument named by `name`, with its
    /// `.attr` / `[key]` lookups applied.
    fn field_object(&mut self, ts: &mut Thread, name: &str) -> PyResult<Value> {
        let b = name.as_bytes();
        let first_end = b
            .iter()
            .position(|&c| c == b'.' || c == b'[')
            .unwrap_or(b.len());
        let first = &name[..first_end];
        let mut index = get_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Init {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            None => {
                let key = new_str(first);
                match self.names {
                    Names::Pairs(kw) => match kw.iter().find(|(k, _)| k.as_str() == Some(first)) {
                        Some(&(_, v)) => v,
                        None => return Err(key_error(key)),
                    },
                    Names::Map(m) => getitem(ts, m, key)?,
                }
            }
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(value_error("Format string contains positional fields"));
                };
                match args.get(i) {
                    Some(&v) => v,
                    None => {
                        return Err(index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        )))
                    }
                }
            }
        };
        let mut i = first_end;
        while i < b.len() {
            let c = b[i];
            i += 1;
            let (is_attr, part) = match c {
                b'.' => {
                    let start = i;
                    while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                        i += 1;
                    }
                    (true, &name[start..i])
                }
                b'[' => {
                    let start = i;
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    if i >= b.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    i += 1;
                    (false, &name[start..i - 1])
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ))
                }
            };
            if part.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = if is_attr {
                crate::protocol::getattr(ts, obj, crate::runtime::intern::intern(part))?
            } else {
                match get_integer(part)? {
                    Some(n) => getitem(ts, obj, int_from_i64(n as i64))?,
                    None => getitem(ts, obj, new_str(part))?,
                }
            };
        }
        Ok(obj)
    }
}
