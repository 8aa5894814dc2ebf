//! Type objects: builtin types and user classes alike.

use crate::atomics::AtomicValue;
use crate::heap::kinds::Trace;
use crate::heap::Tracer;
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::NativeFn;
use crate::objects::dict::DictObj;
use crate::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};

/// Defined by a `class` statement (attributes may be set).
pub const TF_HEAPTYPE: u32 = 1;
/// May be subclassed.
pub const TF_BASETYPE: u32 = 2;
/// Instances carry a `__dict__`.
pub const TF_HAS_DICT: u32 = 4;
/// The type or one of its bases defines Python-level dunders, so operators
/// must look them up instead of taking the builtin fast paths.
pub const TF_PY_DUNDERS: u32 = 8;
/// A subclass of BaseException.
pub const TF_EXCEPTION: u32 = 16;

pub struct TypeObj {
    pub name: AtomicValue,
    pub qualname: AtomicValue,
    /// Tuple of base types.
    pub bases: AtomicValue,
    /// Tuple: the method resolution order, starting with the type itself.
    pub mro: AtomicValue,
    pub dict: Gc<DictObj>,
    /// The payload kind of instances (the "solid base" layout).
    pub layout: Kind,
    pub flags: AtomicU32,
    /// Changes on any mutation of the type or its bases (specializer guard);
    /// 0 once the version space is exhausted ("do not cache").
    pub version: AtomicU32,
    /// Heap types deriving directly from this one (weak: pruned by the
    /// collector, see `prune_subclass_lists`), so a mutation can re-version
    /// every subclass.
    pub subclasses: parking_lot::Mutex<Vec<u64>>,
    /// Number of `__slots__` entries instances carry.
    pub nslots: u32,
    /// Constructor of builtin types: `(cls, args, kwargs)` as `args[0] = cls`.
    pub native_new: std::sync::OnceLock<NativeFn>,
    /// CPython's `tp_name` for types made by Rust stdlib modules
    /// (`"array.array"`), used in error messages; None means `__name__`.
    pub tp_name: Option<&'static str>,
}

impl Trace for TypeObj {
    fn trace(&self, t: &mut Tracer) {
        for v in [&self.name, &self.qualname, &self.bases, &self.mro] {
            t.value(v.get());
        }
        t.gc(self.dict);
    }
}

static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

/// A fresh, never reused version tag (0 when they are exhausted, as
/// CPython's `assign_version_tag` gives up: such types are never cached).
pub fn next_type_version() -> u32 {
    NEXT_VERSION
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| v.checked_add(1))
        .unwrap_or(0)
}

/// Types whose `subclasses` list is non-empty (weak, pruned by the collector).
static PARENTS: parking_lot::Mutex<Vec<u64>> = parking_lot::Mutex::new(Vec::new());

/// Drops dead entries from every subclass list; the collector calls it with
/// the world stopped, after marking and before sweeping (`is_live` reads the
/// mark of an object that was a type when it was registered).
pub fn prune_subclass_lists(is_live: impl Fn(u64) -> bool) {
    PARENTS.lock().retain(|&p| {
        if !is_live(p) {
            return false;
        }
        let parent = Value::from_bits(p)
            .as_type()
            .expect("registered parent is a type");
        let mut subs = parent.subclasses.lock();
        subs.retain(|&s| is_live(s));
        !subs.is_empty()
    });
}

impl TypeObj {
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.load(Ordering::Relaxed) & f != 0
    }
    pub fn set_flag(&self, f: u32) {
        self.flags.fetch_or(f, Ordering::Relaxed);
    }
    pub fn name_str(&self) -> &str {
        self.name.get().as_str().unwrap_or("?")
    }
    /// The MRO as a slice of type values.
    pub fn mro_slice<'a>(&self) -> &'a [Value] {
        self.mro.get().as_tuple().unwrap_or(&[])
    }
    /// Records a mutation of this type: a new version tag for it and for
    /// every subclass (lookup caches and specializations key on the tag).
    pub fn bump_version(&self) {
        self.version.store(next_type_version(), Ordering::Release);
        let subs = self.subclasses.lock().clone();
        for s in subs {
            if let Some(t) = Value::from_bits(s).as_type() {
                t.bump_version();
            }
        }
    }
}

impl Gc<TypeObj> {
    /// Records `sub` as a direct subclass (heap-type bases only: builtin
    /// types are immutable, their version never changes).
    pub fn add_subclass(self, sub: Gc<TypeObj>) {
        if !self.has_flag(TF_HEAPTYPE) {
            return;
        }
        let mut subs = self.subclasses.lock();
        if subs.is_empty() {
            PARENTS.lock().push(self.value().bits());
        }
        subs.push(sub.value().bits());
    }
    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subtype(self, other: Gc<TypeObj>) -> bool {
        self == other || self.mro_slice().iter().any(|&t| t == other.value())
    }
}

impl Value {
    pub fn as_type(self) -> Option<Gc<TypeObj>> {
        self.downcast::<TypeObj>()
    }
}
