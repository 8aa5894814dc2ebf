//! Constant folding on the AST (CPython's `Python/ast_opt.c`, conservative
//! subset): literals, tuples of constants, unary `-`/`+`/`~` and binary
//! operators on ints, floats and strings, with CPython's size limits so the
//! compiler never builds huge constants.

use super::consts::Const;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;

/// Parses a ruff int literal (small or big, any base, with underscores).
pub fn int_literal(i: &ast::Int) -> BigInt {
    if let Some(v) = i.as_i64() {
        return BigInt::from(v);
    }
    let text: String = i.to_string().chars().filter(|&c| c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// The constant value of `e`, if it is one.
pub fn const_of(e: &Expr) -> Option<Const> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Some(Const::Int(int_literal(i))),
            Number::Float(f) => Some(Const::float(*f)),
            Number::Complex { real, imag } => Some(Const::Complex(real.to_bits(), imag.to_bits())),
        },
        Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
        Expr::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(Const::bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
        Expr::Name(n) if n.id.as_str() == "__debug__" => Some(Const::True),
        Expr::Tuple(t) => {
            if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                return None;
            }
            let items: Option<Vec<Const>> = t.elts.iter().map(const_of).collect();
            Some(Const::Tuple(items?))
        }
        Expr::UnaryOp(u) => {
            let v = const_of(&u.operand)?;
            match (u.op, v) {
                (UnaryOp::USub, Const::Int(i)) => Some(Const::Int(-i)),
                (UnaryOp::USub, Const::Float(f)) => Some(Const::float(-f64::from_bits(f))),
                (UnaryOp::UAdd, c @ (Const::Int(_) | Const::Float(_))) => Some(c),
                (UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(-i - 1)),
                _ => None,
            }
        }
        Expr::BinOp(b) => fold_binop(const_of(&b.left)?, b.op, const_of(&b.right)?),
        _ => None,
    }
}

fn fold_binop(l: Const, op: Operator, r: Const) -> Option<Const> {
    use Operator::*;
    match (l, r) {
        (Const::Int(a), Const::Int(b)) => {
            let v = match op {
                Add => a + b,
                Sub => a - b,
                Mult => {
                    if a.bits() + b.bits() > MAX_INT_BITS {
                        return None;
                    }
                    a * b
                }
                FloorDiv if !b.is_zero() => a.div_floor(&b),
                Mod if !b.is_zero() => a.mod_floor(&b),
                BitAnd => a & b,
                BitOr => a | b,
                BitXor => a ^ b,
                LShift => {
                    let n = b.to_u64()?;
                    if a.bits() + n > MAX_INT_BITS {
                        return None;
                    }
                    a << n as usize
                }
                RShift => {
                    if b.is_negative() {
                        return None;
                    }
                    let n = b.to_u64().unwrap_or(u64::MAX).min(MAX_INT_BITS * 4);
                    a >> n as usize
                }
                Pow => {
                    let n = b.to_u32()?;
                    if a.bits().saturating_mul(n as u64) > MAX_INT_BITS {
                        return None;
                    }
                    num_traits::pow(a, n as usize)
                }
                _ => return None,
            };
            Some(Const::Int(v))
        }
        (Const::Float(a), Const::Float(b)) => fold_float(f64::from_bits(a), op, f64::from_bits(b)),
        (Const::Int(a), Const::Float(b)) => fold_float(exact_f64(&a)?, op, f64::from_bits(b)),
        (Const::Float(a), Const::Int(b)) => fold_float(f64::from_bits(a), op, exact_f64(&b)?),
        (Const::Str(a), Const::Str(b)) if op == Add && a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Const::Str(a + &b))
        }
        (Const::Str(a), Const::Int(n)) | (Const::Int(n), Const::Str(a)) if op == Mult => {
            let n = n.to_i64()?.max(0) as usize;
            if a.len().saturating_mul(n) > MAX_STR_SIZE {
                return None;
            }
            Some(Const::Str(a.repeat(n)))
        }
        (Const::Tuple(a), Const::Tuple(b))
            if op == Add && a.len() + b.len() <= MAX_COLLECTION_SIZE =>
        {
            let mut v = a;
            v.extend(b);
            Some(Const::Tuple(v))
        }
        _ => None,
    }
}

/// An int that converts to a float exactly.
fn exact_f64(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    (v.unsigned_abs() <= 1 << 53).then_some(v as f64)
}

fn fold_float(a: f64, op: Operator, b: f64) -> Option<Const> {
    use Operator::*;
    let v = match op {
        Add => a + b,
        Sub => a - b,
        Mult => a * b,
        Div if b != 0.0 => a / b,
        _ => return None,
    };
    if v.is_finite() || !(a.is_finite() && b.is_finite()) {
        Some(Const::float(v))
    } else {
        None
    }
}
