//! Unit tests: symbol-table resolution and syntax errors.
