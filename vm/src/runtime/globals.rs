//! Interpreter-wide state shared by all threads: `sys.modules`, the
//! `builtins` module, start-up options and permanent roots.

use crate::heap::Tracer;
use crate::object::Gc;
use crate::objects::dict::DictObj;
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::OnceLock;

pub struct Globals {
    pub sys_modules: Gc<DictObj>,
    pub builtins: Value,
    pub builtins_dict: Gc<DictObj>,
}

static GLOBALS: OnceLock<Globals> = OnceLock::new();
static PERMANENT: Mutex<Vec<Value>> = Mutex::new(Vec::new());

pub fn set(g: Globals) {
    let _ = GLOBALS.set(g);
}

pub fn get() -> &'static Globals {
    GLOBALS.get().expect("runtime globals not initialised")
}

/// Keeps `v` alive for the rest of the process.
pub fn add_permanent(v: Value) {
    PERMANENT.lock().push(v);
}

pub fn trace(t: &mut Tracer) {
    if let Some(g) = GLOBALS.get() {
        t.gc(g.sys_modules);
        t.value(g.builtins);
        t.gc(g.builtins_dict);
    }
    t.values(&PERMANENT.lock());
}

pub fn is_set() -> bool {
    GLOBALS.get().is_some()
}
