//! CPython 3.11-compatible text formatting and number parsing, in pure Rust:
//!
//! - `repr(float)`: [`float_repr`]
//! - C-style `%e` / `%f` / `%g`: [`format_float_fixed`], [`format_float_exp`],
//!   [`format_float_general`], [`double_to_string`]
//! - `format(value, spec)`: [`parse_spec`] then [`format_int`] /
//!   [`format_float`] / [`format_str`] (and `_as` variants taking the type name)
//! - `str % args`: [`percent_format`] over a VM-provided [`PercentArgs`]
//! - `int(str, base)`, `hex()`/`oct()`/`bin()`: [`parse_int`], [`int_to_radix`]
//! - `float(str)`: [`parse_float`]
//! - `repr(str)` / `ascii()`: [`str_repr`], [`ascii_escape`]
//!
//! Errors are returned as `Err(String)` with CPython's exact message; each
//! function documents which exception type the caller should raise.

mod complex_fmt;
mod float_fmt;
mod float_parse;
mod float_repr;
mod format_num;
mod int_parse;
mod layout;
mod percent;
mod percent_args;
mod py_repr;
mod spec;
mod unicode_digits;

#[cfg(test)]
mod tests_format;
#[cfg(test)]
mod tests_parse;
#[cfg(test)]
mod tests_percent;

pub use complex_fmt::{complex_repr, format_complex, parse_complex};
pub use float_fmt::{
    double_to_string, format_float_exp, format_float_fixed, format_float_general, DtsFlags,
};
pub use float_parse::parse_float;
pub use float_repr::float_repr;
pub use format_num::{
    format_float, format_float_as, format_int, format_int_as, format_str, format_str_as,
    int_to_f64, C_ARG_RANGE_MSG, C_LONG_OVERFLOW_MSG, INT_TOO_LARGE_FOR_FLOAT_MSG,
    OVERFLOW_MESSAGES, WIDTH_MEMORY_ERROR_MSG,
};
pub use int_parse::{
    int_to_decimal_limited, int_to_radix, parse_int, parse_int_limited, DEFAULT_MAX_STR_DIGITS,
};
pub use percent::{
    char_from_int, float_conversion_error, float_to_int, int_conversion_error, percent_format,
    ArgKind, PercentArgs, PercentError,
};
pub use py_repr::{ascii_escape, is_printable, str_repr, str_repr_truncated};
pub use spec::{parse as parse_spec, unknown_format_code, FormatSpec};
