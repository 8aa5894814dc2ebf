//! `int`, `bool` and `float`: constructors and methods.

pub fn register() {}
