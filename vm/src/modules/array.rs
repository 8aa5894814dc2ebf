//! `array`: typed arrays of numbers (placeholder).

use crate::value::Value;

/// The raw bytes of an `array.array`, for the buffer protocol users.
pub fn array_bytes(_v: Value) -> Option<Vec<u8>> {
    None
}
