//! The matcher's dispatch loop and backtracking.

use super::{Bt, Matcher, Unit, UNSET};
use crate::modules::sre::charset::{fold, is_word};
use crate::modules::sre::program::{At, Inst};

impl<T: Unit> Matcher<'_, T> {
    /// Runs the program from `start`; the end position on success.
    pub(super) fn exec(&mut self, start: usize, must_advance: bool) -> Option<usize> {
        let prog = self.prog;
        let len = self.text.len();
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            if self.tick() {
                return None;
            }
            let ok = match prog.insts[pc] {
                Inst::One(s) => {
                    if pos < len && prog.single(s, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(at) => {
                    if self.check_at(at, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Save(slot) => {
                    self.set_cap(slot, pos);
                    if slot % 2 == 1 {
                        let li = self.caps.len() - 1;
                        self.set_cap(li, slot / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::RepeatOne {
                    item,
                    min,
                    max,
                    greedy,
                } => {
                    let (min, max) = (min as usize, max as usize);
                    if greedy {
                        let limit = len.min(pos.saturating_add(max));
                        let mut n = 0;
                        while pos + n < limit && prog.single(item, self.at(pos + n)) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if n > min {
                                self.stack.push(Bt::Greedy {
                                    pc: pc + 1,
                                    base: pos,
                                    n,
                                    min,
                                });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    } else {
                        let mut n = 0;
                        while n < min && pos + n < len && prog.single(item, self.at(pos + n)) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            pos += n;
                            if n < max {
                                self.stack.push(Bt::Lazy { rep: pc, pos, n });
                            }
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::RepeatStart(id) => {
                    self.set_count(id, -1, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepeatNext {
                    id,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let (count, last) = self.counts[id];
                    let c = count + 1;
                    if c < i64::from(min) {
                        // As CPython: the empty-iteration guard only
                        // starts once the minimum is reached.
                        self.set_count(id, c, last);
                        pc += 1;
                    } else if greedy {
                        if c < i64::from(max) && pos != last {
                            self.set_count(id, c, pos);
                            self.stack.push(Bt::Alt { pc: exit, pos });
                            pc += 1;
                        } else {
                            self.set_count(id, c, last);
                            pc = exit;
                        }
                    } else {
                        self.set_count(id, c, last);
                        self.stack.push(Bt::LazyRep { pc, pos });
                        pc = exit;
                    }
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Bt::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut(|e| matches!(e, Bt::Atomic));
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    negate,
                    behind,
                    cont,
                } => match behind {
                    Some(w) if pos < w => {
                        // Not enough text behind: the assertion body fails.
                        if negate {
                            pc = cont;
                            true
                        } else {
                            false
                        }
                    }
                    _ => {
                        self.stack.push(Bt::Look { negate, pos, cont });
                        pos -= behind.unwrap_or(0);
                        pc += 1;
                        true
                    }
                },
                Inst::LookEnd => {
                    let idx = self.find_marker(|e| matches!(e, Bt::Look { .. }));
                    let Bt::Look {
                        negate,
                        pos: p,
                        cont,
                    } = self.stack[idx]
                    else {
                        unreachable!("look marker")
                    };
                    if negate {
                        // The body matched: undo it and fail the assertion.
                        while self.stack.len() > idx {
                            if let Some(e) = self.stack.pop() {
                                self.undo(e);
                            }
                        }
                        false
                    } else {
                        self.cut(|e| matches!(e, Bt::Look { .. }));
                        pos = p;
                        pc = cont;
                        true
                    }
                }
                Inst::Backref { group, icase } => {
                    let (s, e) = (self.caps[2 * group], self.caps[2 * group + 1]);
                    if s == UNSET || e == UNSET || e < s || pos + (e - s) > len {
                        false
                    } else {
                        let n = e - s;
                        let same = (0..n).all(|i| {
                            let (a, b) = (self.at(s + i), self.at(pos + i));
                            match icase {
                                None => a == b,
                                Some(m) => a == b || fold(a, m) == fold(b, m),
                            }
                        });
                        if same {
                            pos += n;
                            pc += 1;
                        }
                        same
                    }
                }
                Inst::GroupExists { group, no } => {
                    let (s, e) = (self.caps[2 * group], self.caps[2 * group + 1]);
                    pc = if s != UNSET && e != UNSET && s <= e {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                Inst::Match => {
                    if (self.full && pos != len) || (must_advance && pos == start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if !ok {
                let (p, q) = self.backtrack()?;
                pc = p;
                pos = q;
            }
        }
    }

    fn check_at(&self, at: At, pos: usize) -> bool {
        let len = self.text.len();
        let nl = '\n' as u32;
        match at {
            At::Begin => pos == 0,
            At::BeginLine => pos == 0 || self.at(pos - 1) == nl,
            At::End => pos == len || (pos + 1 == len && self.at(pos) == nl),
            At::EndLine => pos == len || self.at(pos) == nl,
            At::EndString => pos == len,
            At::Boundary(m) | At::NonBoundary(m) => {
                if len == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.at(pos - 1), m);
                let after = pos < len && is_word(self.at(pos), m);
                (before != after) == matches!(at, At::Boundary(_))
            }
        }
    }
}
