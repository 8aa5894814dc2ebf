//! `list`: a growable vector of values behind the object's one-byte lock.
//! Every single operation takes the lock once, so it is atomic as in
//! CPython; code never holds it while running Python code.

use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use crate::value::Value;
use parking_lot::Mutex;

pub struct ListObj {
    pub items: Mutex<Vec<Value>>,
}

impl Trace for ListObj {
    fn trace(&self, t: &mut Tracer) {
        let items: &Vec<Value> = t.peek(&self.items);
        t.values(items)
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    new_list_gc(items).value()
}

pub fn new_list_gc(items: Vec<Value>) -> Gc<ListObj> {
    crate::heap::note_external(items.capacity() * 8);
    alloc(
        types().list,
        ListObj {
            items: Mutex::new(items),
        },
    )
}

impl ListObj {
    /// A snapshot of the items (for iteration that may call Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().clone()
    }
    pub fn len(&self) -> usize {
        self.items.lock().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: usize) -> Option<Value> {
        self.items.lock().get(i).copied()
    }
    pub fn push(&self, v: Value) {
        self.items.lock().push(v)
    }
}
