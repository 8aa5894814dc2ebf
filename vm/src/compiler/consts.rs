//! Compile-time constants: a Rust-side mirror of the values a code object
//! loads, deduplicated by type and value (1, 1.0 and True are distinct,
//! 0.0 and -0.0 too), and turned into heap `Value`s when the code object is
//! built.

use crate::object::Gc;
use crate::objects::code::CodeObj;
use crate::runtime::intern::intern;
use crate::value::Value;
use num_bigint::BigInt;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    /// IEEE bits, so that dedup distinguishes -0.0 and NaN payloads.
    Float(u64),
    /// A complex literal's (real, imag) IEEE bits.
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Gc<CodeObj>),
}

impl Const {
    pub fn float(f: f64) -> Const {
        Const::Float(f.to_bits())
    }
    pub fn bool(b: bool) -> Const {
        if b {
            Const::True
        } else {
            Const::False
        }
    }
    pub fn str(s: &str) -> Const {
        Const::Str(s.to_string())
    }

    /// Python truthiness of a constant.
    pub fn is_truthy(&self) -> bool {
        match self {
            Const::None | Const::False => false,
            Const::True | Const::Ellipsis | Const::Code(_) => true,
            Const::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            Const::Float(b) => f64::from_bits(*b) != 0.0,
            Const::Complex(r, i) => f64::from_bits(*r) != 0.0 || f64::from_bits(*i) != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Tuple(t) => !t.is_empty(),
        }
    }

    /// The heap value of this constant.
    pub fn to_value(&self) -> Value {
        match self {
            Const::None => Value::NONE,
            Const::True => Value::TRUE,
            Const::False => Value::FALSE,
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Int(i) => crate::objects::int::int_from_big(i.clone()),
            Const::Float(b) => Value::float(f64::from_bits(*b)),
            Const::Complex(r, i) => {
                crate::objects::complex::new_complex(f64::from_bits(*r), f64::from_bits(*i))
            }
            Const::Str(s) => {
                // Identifier-like strings are interned, as CPython does.
                if !s.is_empty()
                    && s.len() <= 40
                    && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    intern(s)
                } else {
                    crate::objects::str::new_str(s.as_str())
                }
            }
            Const::Bytes(b) => crate::objects::bytes::new_bytes(b.clone()),
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(Const::to_value).collect();
                crate::objects::tuple::new_tuple(vals)
            }
            Const::Code(c) => c.value(),
        }
    }
}

/// The constant table of one code object.
#[derive(Default)]
pub struct ConstPool {
    items: Vec<Const>,
    index: HashMap<Const, u32>,
}

impl ConstPool {
    pub fn add(&mut self, c: Const) -> u32 {
        if let Some(&i) = self.index.get(&c) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(c.clone());
        self.index.insert(c, i);
        i
    }
    pub fn get(&self, i: u32) -> &Const {
        &self.items[i as usize]
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn to_values(&self) -> Box<[Value]> {
        self.items.iter().map(Const::to_value).collect()
    }
}

/// An insertion-ordered set of names (`co_names`, varnames, ...).
#[derive(Default, Clone)]
pub struct NameSet {
    items: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameSet {
    pub fn add(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }
    pub fn get(&self, s: &str) -> Option<u32> {
        self.index.get(s).copied()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(String::as_str)
    }
    pub fn to_interned(&self) -> Box<[Value]> {
        self.items.iter().map(|s| intern(s)).collect()
    }
}
