//! `Value`: every Python value in one `Copy` machine word.
//!
//! Layout (64 bits, JavaScriptCore-style NaN boxing with a double offset):
//!
//! | top 16 bits          | meaning                                              |
//! |----------------------|------------------------------------------------------|
//! | `0x0000`, word != 0  | pointer to a heap object (raw address, 8-aligned)   |
//! | `0x0000`, word == 0  | `NULL`: "no value" (unbound local, empty slot)       |
//! | `0x0001`             | an immediate constant: None, False, True, ...        |
//! | `0x0002..=0xFFFB`    | a float: its IEEE bits plus `2^49` (`FLOAT_OFFSET`)  |
//! | `0xFFFC..=0xFFFF`    | a small int: 50-bit two's complement payload         |
//!
//! Every double encodes losslessly except negative NaNs whose top 16 bits
//! are `0xFFFA` or more: those become the canonical `0x7FF8_0000_0000_0000`,
//! so the shifted range never reaches `0xFFFC`. Raw pointers keep conservative stack
//! scanning simple: a stack word that holds a `Value` and one that holds a
//! `Gc<T>` look the same.
//!
//! Ints outside `SMALL_INT_MIN..=SMALL_INT_MAX` live on the heap as big ints.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const _: () = assert!(std::mem::size_of::<Value>() == 8);
const _: () = assert!(std::mem::size_of::<Option<crate::object::Gc<()>>>() == 8);

const FLOAT_OFFSET: u64 = 1 << 49;
const CONST_TAG: u64 = 0x0001 << 48;
const INT_TAG: u64 = 0xFFFC << 48;
const INT_BITS: u32 = 50;
pub const SMALL_INT_MAX: i64 = (1 << (INT_BITS - 1)) - 1;
pub const SMALL_INT_MIN: i64 = -(1 << (INT_BITS - 1));
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
/// Float bit patterns at or above this are NaNs that would not fit the boxing.
const NAN_LIMIT: u64 = 0xFFFA << 48;

impl Value {
    pub const NULL: Value = Value(0);
    pub const NONE: Value = Value(CONST_TAG | 1);
    pub const FALSE: Value = Value(CONST_TAG | 2);
    pub const TRUE: Value = Value(CONST_TAG | 3);
    pub const NOT_IMPLEMENTED: Value = Value(CONST_TAG | 4);
    pub const ELLIPSIS: Value = Value(CONST_TAG | 5);

    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == Self::NONE.0
    }
    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 == Self::TRUE.0 || self.0 == Self::FALSE.0
    }
    #[inline(always)]
    pub fn is_const(self) -> bool {
        self.0 >> 48 == 1
    }

    /// A small int; the caller guarantees the range (see `int_value` for any i64).
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(INT_TAG | (i as u64 & ((1 << INT_BITS) - 1)))
    }
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::small_int(i))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.0 >= INT_TAG
    }
    #[inline(always)]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }
    /// Decodes a small int; meaningless unless `is_small_int()`.
    #[inline(always)]
    pub fn small_int_unchecked(self) -> i64 {
        ((self.0 << (64 - INT_BITS)) as i64) >> (64 - INT_BITS)
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        let mut bits = f.to_bits();
        // Negative NaNs with the top payload bits set would overflow into
        // the int/pointer tags once offset; other NaN payloads are kept, so
        // distinct NaN objects (see `fresh_nan`) stay distinct.
        if bits >= NAN_LIMIT {
            bits = CANONICAL_NAN;
        }
        Value(bits.wrapping_add(FLOAT_OFFSET))
    }
    /// A NaN distinct from every other NaN made here: Python code can tell
    /// NaN objects apart by identity (`x in [x]` vs `nan in [nan]`).
    pub fn fresh_nan() -> Value {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & ((1 << 48) - 1);
        Value((CANONICAL_NAN | n).wrapping_add(FLOAT_OFFSET))
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        (self.0 >> 49) != 0 && self.0 < INT_TAG
    }
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(self.float_unchecked())
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn float_unchecked(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET))
    }

    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 >> 48 == 0 && self.0 != 0
    }
    #[inline(always)]
    pub fn from_addr(addr: usize) -> Value {
        debug_assert!(addr != 0 && (addr as u64) >> 48 == 0 && addr.is_multiple_of(8));
        Value(addr as u64)
    }
    #[inline(always)]
    pub fn addr(self) -> usize {
        self.0 as usize
    }
}

impl Default for Value {
    fn default() -> Self {
        Value::NULL
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else if self.is_const() {
            write!(f, "Const({})", self.0 & 0xFF)
        } else {
            write!(f, "Obj({:#x})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip() {
        for i in [
            0,
            1,
            -1,
            42,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            1 << 40,
            -(1 << 40),
        ] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for x in [
            0.0,
            -0.0,
            1.5,
            -1e308,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            5e-324,
        ] {
            let v = Value::float(x);
            assert!(v.is_float() && !v.is_small_int() && !v.is_ptr() && !v.is_const());
            assert_eq!(v.as_float().unwrap().to_bits(), x.to_bits());
        }
        let nan = Value::float(-f64::NAN);
        assert!(nan.is_float() && nan.as_float().unwrap().is_nan());
        let odd = Value::float(f64::from_bits(u64::MAX));
        assert!(odd.is_float() && odd.as_float().unwrap().is_nan());
        assert_ne!(Value::fresh_nan(), Value::fresh_nan());
    }

    #[test]
    fn constants_are_distinct() {
        let all = [
            Value::NULL,
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
