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
    /// Changes on any mutation of the type or its bases (specializer guard).
    pub version: AtomicU32,
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
/// Changes whenever any type is mutated or a collection frees objects (a
/// freed type's address may be reused): lookup caches key on it.
pub static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::AcqRel);
}

pub fn next_type_version() -> u32 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
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
    /// Records a mutation of this type: a new version tag, and a new global
    /// type epoch so every thread's lookup cache forgets old answers (for
    /// this type and its subclasses alike).
    pub fn bump_version(&self) {
        self.version.store(next_type_version(), Ordering::Release);
        bump_type_epoch();
    }
}

impl Gc<TypeObj> {
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
