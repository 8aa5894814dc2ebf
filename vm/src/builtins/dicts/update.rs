//! `dict.update` / `dict(...)` argument merging (CPython's `dict_merge`
//! and `PyDict_MergeFromSeq2`), and `dict.fromkeys`.

use crate::builtins::lists::arity::with_roots;
use crate::object::Gc;
use crate::objects::builtin_fn::KwArgs;
use crate::objects::dict::DictObj;
use crate::objects::typeobj::TF_HEAPTYPE;
use crate::protocol::dict::{dict_set, dict_update};
use crate::protocol::dunder::user_dunder;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::type_of;
use crate::runtime::PyResult;
use crate::value::Value;

/// Whether `v` is a dict whose iteration and item access are the builtin
/// ones (so its entries can be copied directly).
fn plain_dict(v: Value) -> Option<Gc<DictObj>> {
    let d = v.downcast::<DictObj>()?;
    let t = type_of(v);
    if t.has_flag(TF_HEAPTYPE)
        && (user_dunder(t, "__iter__").is_some() || user_dunder(t, "keys").is_some())
    {
        return None;
    }
    Some(d)
}

/// Merges one positional argument: a mapping (anything with `keys`) or an
/// iterable of key/value pairs.
pub fn merge(ts: &mut Thread, dst: Gc<DictObj>, src: Value) -> PyResult<()> {
    if let Some(s) = plain_dict(src) {
        return dict_update(ts, dst, s);
    }
    if crate::protocol::attr::getattr_opt(ts, src, intern("keys"))?.is_some() {
        let keys_obj = crate::protocol::call_method(ts, src, "keys", &[])?;
        let keys = crate::protocol::iter::collect(ts, keys_obj)?;
        return with_roots(ts, &keys, |ts| {
            for &k in &keys {
                let v = crate::protocol::container::getitem(ts, src, k)?;
                dict_set(ts, dst, k, v)?;
            }
            Ok(())
        });
    }
    merge_pairs(ts, dst, src)
}

/// `PyDict_MergeFromSeq2`: each item must be a 2-item iterable.
pub fn merge_pairs(ts: &mut Thread, dst: Gc<DictObj>, src: Value) -> PyResult<()> {
    let it = crate::protocol::iter(ts, src)?;
    let mut i = 0usize;
    while let Some(item) = crate::protocol::next(ts, it)? {
        let pair = match item.as_tuple() {
            Some(t) => t.to_vec(),
            None => match crate::protocol::iter(ts, item) {
                Ok(_) => crate::protocol::iter::collect(ts, item)?,
                Err(e) if e.matches(crate::runtime::types::types().type_error) => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let (k, v) = (pair[0], pair[1]);
        dict_set(ts, dst, k, v)?;
        crate::heap::keep_alive(&item);
        i += 1;
    }
    Ok(())
}

/// `d.update(arg, **kw)` / `dict(arg, **kw)`: `args` excludes the receiver.
pub fn update_from(
    ts: &mut Thread,
    dst: Gc<DictObj>,
    fname: &str,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<()> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if let Some(&src) = args.first() {
        merge(ts, dst, src)?;
    }
    for &(k, v) in kw {
        dict_set(ts, dst, k, v)?;
    }
    Ok(())
}
