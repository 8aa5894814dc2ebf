//! Structural patterns (CPython's `compiler_pattern_sequence`, `_mapping`
//! and `_class`): MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS
//! with GET_LEN length checks, then the sub-patterns on the unpacked items.

use super::pattern::{is_wildcard, Ctxt};
use super::{CResult, Compiler};
use crate::compiler::consts::Const;
use crate::isa::{Op, NB_SUBSCR};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// A constant key's repr for the duplicate-key message.
fn const_repr(c: &Const) -> String {
    match c {
        Const::Str(s) => crate::format::str_repr(s),
        Const::Int(i) => i.to_string(),
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Float(b) => crate::format::float_repr(f64::from_bits(*b)),
        _ => "...".into(),
    }
}

/// Set-like equality of constant keys (1 == 1.0 == True).
fn same_key(a: &Const, b: &Const) -> bool {
    fn num(c: &Const) -> Option<f64> {
        match c {
            Const::Int(i) => i.to_string().parse().ok(),
            Const::True => Some(1.0),
            Const::False => Some(0.0),
            Const::Float(b) => Some(f64::from_bits(*b)),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

impl<'a> Compiler<'a> {
    /// Like `pattern`, with irrefutable sub-patterns allowed.
    pub(super) fn subpattern(&mut self, p: &'a Pattern, pc: &mut Ctxt) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn len_check(&mut self, n: usize, cmp: ast::CmpOp, pc: &mut Ctxt) {
        self.emit0(Op::GET_LEN);
        self.load_const(Const::Int(n.into()));
        self.compare_op(cmp);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }

    pub(super) fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut Ctxt,
    ) -> CResult {
        let pats = &s.patterns;
        let size = pats.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error(s.range, "multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit0(Op::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        match star {
            None => self.len_check(size, ast::CmpOp::Eq, pc),
            Some(_) if size > 1 => self.len_check(size - 1, ast::CmpOp::GtE, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Op::POP_TOP);
        } else if star_wildcard {
            self.sequence_subscr(pats, star.unwrap_or(usize::MAX), pc)?;
        } else {
            match star {
                None => self.emit(Op::UNPACK_SEQUENCE, size as u32),
                Some(i) => self.emit(Op::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32),
            }
            pc.on_top += size;
            for p in pats {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn sequence_subscr(&mut self, pats: &'a [Pattern], star: usize, pc: &mut Ctxt) -> CResult {
        pc.on_top += 1;
        let size = pats.len();
        for (i, p) in pats.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Op::COPY, 1);
            if i < star {
                self.load_const(Const::Int(i.into()));
            } else {
                self.emit0(Op::GET_LEN);
                self.load_const(Const::Int((size - i).into()));
                self.emit(Op::BINARY_OP, 10);
            }
            self.emit(Op::BINARY_OP, NB_SUBSCR);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Op::POP_TOP);
        Ok(())
    }

    pub(super) fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut Ctxt,
    ) -> CResult {
        let size = m.keys.len();
        if let Some(rest) = m.rest.as_ref().filter(|r| r.as_str() == "_") {
            // The grammar has no `**_` (CPython's parser rejects it).
            return Err(self.error(rest.range, "invalid syntax"));
        }
        pc.on_top += 1;
        self.emit0(Op::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit0(Op::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.len_check(size, ast::CmpOp::GtE, pc);
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in &m.keys {
            match self.const_of(key) {
                Some(c) if !matches!(key, Expr::Attribute(_)) => {
                    if seen.iter().any(|s| same_key(s, &c)) {
                        return Err(self.error(
                            m.range,
                            format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                        ));
                    }
                    seen.push(c);
                }
                _ if matches!(key, Expr::Attribute(_)) => {}
                _ => {
                    return Err(self.error(
                        m.range,
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            self.expr(key)?;
        }
        self.emit(Op::BUILD_TUPLE, size as u32);
        self.emit0(Op::MATCH_KEYS);
        pc.on_top += 2;
        self.emit(Op::COPY, 1);
        self.load_const(Const::None);
        self.emit(Op::IS_OP, 1);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        self.emit(Op::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(rest) = &m.rest {
            self.emit(Op::BUILD_MAP, 0);
            self.emit(Op::SWAP, 3);
            self.emit(Op::DICT_UPDATE, 2);
            self.emit(Op::UNPACK_SEQUENCE, size as u32);
            let mut n = size as u32;
            while n > 0 {
                self.emit(Op::COPY, 1 + n);
                n -= 1;
                self.emit(Op::SWAP, 2);
                self.emit0(Op::DELETE_SUBSCR);
            }
            self.store_capture(Some(rest), pc, m.range)?;
        } else {
            self.emit0(Op::POP_TOP);
            self.emit0(Op::POP_TOP);
        }
        Ok(())
    }

    pub(super) fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        pc: &mut Ctxt,
    ) -> CResult {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let kws = &args.keywords;
        for (i, kw) in kws.iter().enumerate() {
            let name = kw.attr.as_str();
            if name == "__debug__" {
                return Err(self.error(kw.pattern.range(), "cannot assign to __debug__"));
            }
            if kws[i + 1..].iter().any(|o| o.attr.as_str() == name) {
                let dup = kws[i + 1..]
                    .iter()
                    .find(|o| o.attr.as_str() == name)
                    .expect("duplicate");
                return Err(self.error(
                    dup.pattern.range(),
                    format!("attribute name repeated in class pattern: {name}"),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = kws.iter().map(|k| Const::str(k.attr.as_str())).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Op::MATCH_CLASS, nargs as u32);
        self.emit(Op::COPY, 1);
        self.load_const(Const::None);
        self.emit(Op::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        let total = nargs + kws.len();
        self.emit(Op::UNPACK_SEQUENCE, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        let subs = args.patterns.iter().chain(kws.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit0(Op::POP_TOP);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }
}
