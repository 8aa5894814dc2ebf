//! The table of heap payload kinds: one line per payload type generates the
//! `Kind` tag, the `Payload` impls and the collector's per-kind trace/drop.

use crate::heap::Tracer;
use crate::object::{Obj, Payload};
use crate::objects::*;

/// Reports the `Value`s a payload holds. Every heap payload implements it.
pub trait Trace {
    fn trace(&self, tracer: &mut Tracer);
}

macro_rules! kinds {
    ($($name:ident => $ty:ty),* $(,)?) => {
        /// Which payload an object carries. `Free` marks an unallocated cell.
        #[repr(u8)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Kind { Free = 0, $($name),* }

        $(
            // SAFETY: each kind appears once in this table.
            unsafe impl Payload for $ty {
                const KIND: Kind = Kind::$name;
            }
            const _: () = assert!(
                std::mem::size_of::<Obj<$ty>>() <= crate::heap::block::MAX_CELL,
                "payload too large for a heap cell"
            );
        )*

        /// Traces the payload of the object at `obj`.
        ///
        /// # Safety
        /// `obj` must be a live object of kind `kind`.
        pub(crate) unsafe fn trace_payload(kind: Kind, obj: *const u8, tracer: &mut Tracer) {
            match kind {
                Kind::Free => {}
                // SAFETY: the caller guarantees the kind, hence the layout.
                $(Kind::$name => unsafe { Trace::trace(&(*(obj as *const Obj<$ty>)).data, tracer) },)*
            }
        }

        /// The size of the cell an object of kind `kind` occupies.
        #[inline]
        pub(crate) const fn cell_size(kind: Kind) -> usize {
            match kind {
                Kind::Free => 0,
                $(Kind::$name => crate::heap::cell_size_of::<$ty>(),)*
            }
        }

        /// Runs the payload's destructor.
        ///
        /// # Safety
        /// `obj` must be an unreachable object of kind `kind`; it is dead after.
        pub(crate) unsafe fn drop_payload(kind: Kind, obj: *mut u8) {
            match kind {
                Kind::Free => {}
                // SAFETY: the caller guarantees kind and exclusive access.
                $(Kind::$name => unsafe { std::ptr::drop_in_place(&mut (*(obj as *mut Obj<$ty>)).data) },)*
            }
        }
    };
}

kinds! {
    Str => str::StrObj,
    Bytes => bytes::BytesObj,
    ByteArray => bytes::ByteArrayObj,
    BigInt => int::BigIntObj,
    Float => float::FloatObj,
    Complex => complex::ComplexObj,
    Tuple => tuple::TupleObj,
    List => list::ListObj,
    Dict => dict::DictObj,
    Set => set::SetObj,
    Range => range::RangeObj,
    Slice => slice::SliceObj,
    Function => function::FunctionObj,
    Code => code::CodeObj,
    Cell => function::CellObj,
    Method => function::MethodObj,
    Builtin => builtin_fn::BuiltinFnObj,
    Type => typeobj::TypeObj,
    Module => module::ModuleObj,
    Instance => instance::InstanceObj,
    Exception => exception::ExceptionObj,
    Traceback => exception::TracebackObj,
    Generator => generator::GeneratorObj,
    Iter => iter::IterObj,
    Property => descr::PropertyObj,
    StaticMethod => descr::StaticMethodObj,
    ClassMethod => descr::ClassMethodObj,
    Super => descr::SuperObj,
    Native => native::NativeObj,
}
