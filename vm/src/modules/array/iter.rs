//! The `arrayiterator` type.

use super::{codec, iter_type, this};
use crate::atomics::obj_lock::Mutex;
use crate::objects::builtin_fn::{KwArgs, NativeFn};
use crate::objects::native::{new_native, NativeData};
use crate::runtime::errors::{stop_iteration, type_error};
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub const ITER_DUNDERS: &[(&str, NativeFn)] = &[("__iter__", it_iter), ("__next__", it_next)];

pub(super) struct ArrayIter {
    arr: Value,
    idx: Mutex<usize>,
}

impl NativeData for ArrayIter {
    fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(self.arr)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(super) fn iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(args[0])?;
    Ok(new_native(
        iter_type(),
        ArrayIter {
            arr: args[0],
            idx: Mutex::new(0),
        },
    ))
}

pub(super) fn it_this(v: Value) -> PyResult<&'static ArrayIter> {
    v.as_native::<ArrayIter>()
        .ok_or_else(|| type_error("expected an arrayiterator"))
}

pub(super) fn it_iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    it_this(args[0])?;
    Ok(args[0])
}

pub(super) fn it_next(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = it_this(args[0])?;
    let a = this(it.arr)?;
    let isz = a.isz();
    let mut idx = it.idx.lock();
    let data = a.data.lock();
    if (*idx + 1) * isz > data.len() {
        *idx = usize::MAX / 2;
        return Err(stop_iteration(Value::NONE));
    }
    let v = codec::from_item(a.tc, &data[*idx * isz..(*idx + 1) * isz]);
    *idx += 1;
    Ok(v)
}
