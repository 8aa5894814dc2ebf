//! `object.__new__` refuses classes with abstract methods, as CPython's
//! `object_new`: `abc.ABCMeta` records them in `cls.__abstractmethods__`.

use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::objects::typeobj::{TypeObj, TF_HEAPTYPE};
use crate::protocol::dict::dict_get_str;
use crate::runtime::errors::type_error;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;

/// Errors if `cls.__abstractmethods__` (its own dict only) is non-empty.
pub fn check_not_abstract(ts: &mut Thread, cls: Gc<TypeObj>) -> PyResult<()> {
    if !cls.has_flag(TF_HEAPTYPE) {
        return Ok(());
    }
    let dict: Gc<DictObj> = cls.dict;
    let Some(abstracts) = dict_get_str(dict, intern("__abstractmethods__")) else {
        return Ok(());
    };
    let items = crate::protocol::iter::collect(ts, abstracts)?;
    if items.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = items
        .iter()
        .map(|v| v.as_str().unwrap_or("?").to_string())
        .collect();
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        cls.name_str(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}
