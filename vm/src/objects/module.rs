//! Module objects.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::runtime::types::types;
use crate::value::Value;

pub struct ModuleObj {
    pub name: Value,
    pub dict: Gc<DictObj>,
}

impl Trace for ModuleObj {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.name);
        t.gc(self.dict);
    }
}

pub fn new_module(name: Value, dict: Gc<DictObj>) -> Gc<ModuleObj> {
    alloc(types().module, ModuleObj { name, dict })
}
