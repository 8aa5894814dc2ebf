//! `list` and `tuple`: constructors and methods.

pub mod arity;
mod list_dunders;
mod list_methods;
pub mod seq_repr;
pub mod slices;
mod sort;
mod tuple_methods;

pub use list_methods::{items_of as list_items_of, this_list};
pub use sort::sort_list;

pub fn register() {
    list_methods::register();
    list_dunders::register();
    tuple_methods::register();
}
