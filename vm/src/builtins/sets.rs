//! `set` and `frozenset`: constructors, methods and operators.

mod algebra;
mod merge;
mod set_dunders;
mod set_methods;

use crate::object::Gc;
use crate::objects::set::{new_set, SetObj};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub use algebra::{set_from_items, set_items_of};

pub fn register() {
    set_methods::register();
    set_dunders::register();
}

pub fn frozenset_from(ts: &mut Thread, items: &[Value]) -> PyResult<Value> {
    let s = new_set(true);
    for &x in items {
        crate::protocol::set::set_add(ts, s, x)?;
    }
    Ok(s.value())
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (`op` is the number
/// protocol's operator); the in-place forms mutate `a` unless it is frozen.
pub fn set_binary(ts: &mut Thread, a: Value, b: Value, op: u32, inplace: bool) -> PyResult<Value> {
    let sa: Gc<SetObj> = a.downcast::<SetObj>().expect("set");
    if inplace && !sa.frozen {
        algebra::apply_in_place(ts, sa, b, op)?;
        return Ok(a);
    }
    Ok(algebra::combine(ts, sa, b, op, sa.frozen)?.value())
}
