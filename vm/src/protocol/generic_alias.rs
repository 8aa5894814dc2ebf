//! `list[int]` and `int | None`: the builtin generic alias and union objects
//! are written in Python (`types.GenericAlias`, `types.UnionType`); these
//! hooks import `types` on first use and build them.

use crate::runtime::import::import_module;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::runtime::PyResult;
use crate::value::Value;

fn call_types(ts: &mut Thread, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = import_module(ts, "types")?;
    let f = crate::protocol::attr::getattr(ts, m, intern(name))?;
    crate::protocol::call::call(ts, f, args, &[])
}

/// `types.GenericAlias(cls, key)` for `list[int]`, `dict[str, int]`, ...
pub fn builtin_alias(ts: &mut Thread, cls: Value, key: Value) -> PyResult<Value> {
    call_types(ts, "GenericAlias", &[cls, key])
}

/// `X | Y` where both are classes or None (PEP 604); None when not a union.
pub fn type_union(ts: &mut Thread, a: Value, b: Value) -> PyResult<Option<Value>> {
    let unionable = |v: Value| v.is_none() || type_of(v).is_subtype(types().type_);
    if !(unionable(a) && unionable(b)) {
        return Ok(None);
    }
    call_types(ts, "_union", &[a, b]).map(Some)
}
