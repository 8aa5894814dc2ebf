//! `match` statements (CPython's `compiler_match` and pattern helpers):
//! literal and value patterns (`COMPARE_OP ==`), singletons (`IS_OP`),
//! captures, wildcards, `as` and or-patterns, with guards. Sequence,
//! mapping and class patterns are in `pattern_kinds.rs`.

use super::{CResult, Compiler, Ctx};
use crate::compiler::consts::Const;
use crate::compiler::ir::Label;
use crate::isa::Op;
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

/// CPython's `pattern_context`.
#[derive(Default)]
pub(super) struct Ctxt {
    /// Names captured so far (their values wait on the stack).
    pub stores: Vec<String>,
    pub allow_irrefutable: bool,
    /// `fail_pop[n]`: pop n items, then fail.
    pub fail_pop: Vec<Label>,
    /// Items on top of the subject that the pattern must pop on failure.
    pub on_top: usize,
}

pub(super) fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        for (i, case) in m.cases[..cases - usize::from(has_default)]
            .iter()
            .enumerate()
        {
            let last = i + 1 == cases - usize::from(has_default);
            let saved = self.set_loc(case.pattern.range());
            if !last {
                self.emit(Op::COPY, 1);
            }
            let mut pc = Ctxt {
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                ..Ctxt::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, Ctx::Store);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_pop_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit0(Op::POP_TOP);
            }
            self.restore_loc(saved);
            self.stmts(&case.body)?;
            self.jump_noloc(Op::JUMP_FORWARD, end);
            let saved = self.set_loc(case.pattern.range());
            self.emit_fail_pops(&mut pc);
            self.restore_loc(saved);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            let saved = self.set_loc(case.pattern.range());
            if cases == 1 {
                self.emit0(Op::POP_TOP);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.restore_loc(saved);
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn fail_pop_label(&mut self, pc: &mut Ctxt, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jumps to the failure label that pops everything the pattern pushed.
    pub(super) fn jump_to_fail_pop(&mut self, pc: &mut Ctxt, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        let l = self.fail_pop_label(pc, pops);
        self.jump(op, l);
    }

    fn emit_fail_pops(&mut self, pc: &mut Ctxt) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit0(Op::POP_TOP);
            }
        }
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Op::SWAP, count as u32);
            count -= 1;
        }
    }

    pub(super) fn store_capture(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut Ctxt,
        range: ruff_text_size::TextRange,
    ) -> CResult {
        let Some(name) = name else {
            self.emit0(Op::POP_TOP);
            return Ok(());
        };
        if name.as_str() == "__debug__" {
            return Err(self.error(name.range, "cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name.as_str()) {
            return Err(self.error(
                range,
                format!(
                    "multiple assignments to name '{}' in pattern",
                    name.as_str()
                ),
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    pub(super) fn pattern(&mut self, p: &'a Pattern, pc: &mut Ctxt) -> CResult {
        let saved = self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                if !matches!(&*v.value, Expr::Attribute(_)) && self.const_of(&v.value).is_none() {
                    return Err(self.error(
                        v.range,
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                self.expr(&v.value)?;
                self.compare_op(ast::CmpOp::Eq);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::True,
                    ast::Singleton::False => Const::False,
                };
                self.load_const(c);
                self.emit(Op::IS_OP, 0);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(a.range, msg));
                    }
                    self.store_capture(a.name.as_ref(), pc, a.range)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.emit(Op::COPY, 1);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref(), pc, a.range)?;
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(o, pc)?,
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc, s.range)?,
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut Ctxt) -> CResult {
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == n && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() {
                        return Err(
                            self.error(alt.range(), "alternative patterns bind different names")
                        );
                    }
                    for icontrol in (0..ctl.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == ctl[icontrol])
                        else {
                            return Err(self
                                .error(alt.range(), "alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Op::JUMP_FORWARD, end);
            self.emit_fail_pops(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the subject copy and fail.
        self.emit0(Op::POP_TOP);
        self.jump_to_fail_pop(pc, Op::JUMP_FORWARD);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    o.range,
                    format!("multiple assignments to name '{name}' in pattern"),
                ));
            }
            pc.stores.push(name);
        }
        self.emit0(Op::POP_TOP);
        Ok(())
    }
}
