//! `dict.keys()` / `values()` / `items()` view objects.

use crate::objects::dict::DictObj;
use crate::objects::native::NativeData;
use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use crate::value::Value;

pub struct DictView {
    pub dict: Value,
    /// 0 keys, 1 values, 2 items.
    pub kind: u8,
}

impl NativeData for DictView {
    fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(self.dict)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn view_len(v: Value) -> Option<usize> {
    let view = v.as_native::<DictView>()?;
    Some(view.dict.downcast::<DictObj>()?.table.lock().len())
}

pub fn view_iter(v: Value) -> Option<Value> {
    let view = v.as_native::<DictView>()?;
    Some(crate::protocol::iter::dict_iter(view.dict, view.kind))
}

pub fn view_contains(_ts: &mut Thread, _v: Value, _item: Value) -> PyResult<Option<bool>> {
    Ok(None)
}

pub fn view_repr(_ts: &mut Thread, _v: Value) -> PyResult<Option<String>> {
    Ok(None)
}
