//! The interface between printf-style `%` formatting and the VM's values:
//! [`PercentArgs`] (implemented by the VM) and [`PercentError`].

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use super::format_num::int_to_f64;
use super::py_repr::ascii_escape;

/// An error from [`super::percent::percent_format`]. The first four carry
/// CPython's message for an exception of that type; `Raised` carries an
/// exception raised by the VM itself (e.g. the `KeyError` of a mapping lookup
/// or an error inside `__str__`), to be propagated unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentError<E> {
    TypeError(String),
    ValueError(String),
    OverflowError(String),
    /// A width too large to allocate (e.g. `'%9999999999999d'`).
    MemoryError(String),
    Raised(E),
}

/// What kind of Python object an argument is, for the default conversions.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgKind {
    /// An `int` instance (including `bool` and int subclasses).
    Int(BigInt),
    /// A `float` instance (including subclasses).
    Float(f64),
    /// A `str` instance (including subclasses).
    Str(String),
    /// Anything else; carries `type(arg).__name__`.
    Other(String),
}

/// `TypeError` for `%d`/`%x`... on a non-number: `%x format: an integer is required, not float`.
pub fn int_conversion_error<E>(conv: char, type_name: &str) -> PercentError<E> {
    let what = if matches!(conv, 'o' | 'x' | 'X') {
        "an integer"
    } else {
        "a real number"
    };
    PercentError::TypeError(format!(
        "%{} format: {} is required, not {}",
        conv, what, type_name
    ))
}

/// `TypeError` for `%f`... on a non-number: `must be real number, not str`.
pub fn float_conversion_error<E>(type_name: &str) -> PercentError<E> {
    PercentError::TypeError(format!("must be real number, not {}", type_name))
}

/// `int(f)` for a float, with CPython's errors for nan (ValueError) and inf (OverflowError).
pub fn float_to_int<E>(f: f64) -> Result<BigInt, PercentError<E>> {
    if f.is_nan() {
        return Err(PercentError::ValueError(
            "cannot convert float NaN to integer".to_string(),
        ));
    }
    if f.is_infinite() {
        return Err(PercentError::OverflowError(
            "cannot convert float infinity to integer".to_string(),
        ));
    }
    Ok(BigInt::from_f64(f.trunc()).unwrap_or_else(BigInt::zero))
}

/// `%c` of an int: the code point, or `OverflowError("%c arg not in range(0x110000)")`.
pub fn char_from_int<E>(v: &BigInt) -> Result<char, PercentError<E>> {
    let range_err = || PercentError::OverflowError("%c arg not in range(0x110000)".to_string());
    let x = v.to_u32().ok_or_else(range_err)?;
    if x > 0x10ffff {
        return Err(range_err());
    }
    // Lone surrogates cannot be stored in a Rust string.
    char::from_u32(x).ok_or_else(|| {
        PercentError::ValueError(format!(
            "surrogate code point U+{:04X} cannot be represented",
            x
        ))
    })
}

/// The right operand of `fmt % args`, as seen by the formatter.
///
/// Required methods give access to the arguments and to `str()` / `repr()`
/// and a coarse [`ArgKind`] classification. The conversion methods have
/// default implementations based on [`PercentArgs::kind`] that are exact
/// for int, bool, float and str arguments; a VM that supports
/// `__index__` / `__int__` / `__float__` on other objects should override
/// them (their docs state CPython's rules).
pub trait PercentArgs {
    /// A handle to one argument (e.g. the VM's value type).
    type Arg;
    /// The VM's exception type, propagated as [`PercentError::Raised`].
    type Error;

    /// `Some(len)` if `args` is a tuple (or subclass), `None` if it is a
    /// single object that is itself the only argument.
    fn tuple_len(&self) -> Option<usize>;
    /// Item `idx` of the tuple (`idx < tuple_len()`).
    fn tuple_item(&mut self, idx: usize) -> Self::Arg;
    /// `args` itself (only called when `tuple_len()` is `None`).
    fn whole(&mut self) -> Self::Arg;
    /// CPython's `PyMapping_Check(args) && !tuple && !str`: `args` has a
    /// `__getitem__` (dicts, but also lists ...) and is not a tuple or str.
    fn is_mapping(&self) -> bool;
    /// `args[key]` for `%(key)s` (raise the VM's `KeyError` etc. as `Err`).
    fn get_item(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;
    /// `str(arg)`.
    fn str_of(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// `repr(arg)`.
    fn repr_of(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// Classify an argument (no Python code should run).
    fn kind(&mut self, arg: &Self::Arg) -> ArgKind;

    /// `ascii(arg)`: `repr(arg)` with non-ASCII characters escaped.
    fn ascii_of(&mut self, arg: &Self::Arg) -> Result<String, Self::Error> {
        Ok(ascii_escape(&self.repr_of(arg)?))
    }

    /// Integer for `%d %i %u` (`conv` in `d i u`) or `%o %x %X`.
    /// CPython: ints are used as is; otherwise, an object without
    /// `__index__`/`__int__`/`__float__` is a TypeError
    /// ([`int_conversion_error`]); for `o x X` the value is
    /// `operator.index(arg)`, for `d i u` it is `int(arg)` (floats truncate,
    /// see [`float_to_int`]); a TypeError from those conversions is replaced
    /// by [`int_conversion_error`], other exceptions propagate.
    fn to_integer(
        &mut self,
        arg: &Self::Arg,
        conv: char,
    ) -> Result<BigInt, PercentError<Self::Error>> {
        match self.kind(arg) {
            ArgKind::Int(v) => Ok(v),
            ArgKind::Float(f) if !matches!(conv, 'o' | 'x' | 'X') => float_to_int(f),
            ArgKind::Float(_) => Err(int_conversion_error(conv, "float")),
            ArgKind::Str(_) => Err(int_conversion_error(conv, "str")),
            ArgKind::Other(name) => Err(int_conversion_error(conv, &name)),
        }
    }

    /// Float for `%e %f %g` ...: `float(arg)` restricted to real numbers
    /// (`__float__`, else `__index__`); other objects give
    /// [`float_conversion_error`]; ints too large give OverflowError
    /// `int too large to convert to float`.
    fn to_float(&mut self, arg: &Self::Arg) -> Result<f64, PercentError<Self::Error>> {
        match self.kind(arg) {
            ArgKind::Int(v) => int_to_f64(&v).map_err(PercentError::OverflowError),
            ArgKind::Float(f) => Ok(f),
            ArgKind::Str(_) => Err(float_conversion_error("str")),
            ArgKind::Other(name) => Err(float_conversion_error(&name)),
        }
    }

    /// Character for `%c`: a str of length 1, or an int (via `__index__`)
    /// checked with [`char_from_int`]; anything else (or a TypeError from
    /// `__index__`) is `TypeError("%c requires int or char")`.
    fn to_char(&mut self, arg: &Self::Arg) -> Result<char, PercentError<Self::Error>> {
        let type_err = || PercentError::TypeError("%c requires int or char".to_string());
        match self.kind(arg) {
            ArgKind::Int(v) => char_from_int(&v),
            ArgKind::Str(s) => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Ok(c),
                    _ => Err(type_err()),
                }
            }
            _ => Err(type_err()),
        }
    }
}
