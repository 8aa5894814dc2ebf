//! Undoing and cutting the backtrack stack.

use super::{Bt, Matcher, Unit};
use crate::modules::sre::program::{Inst, Single};

impl<T: Unit> Matcher<'_, T> {
    pub(super) fn undo(&mut self, e: Bt) {
        match e {
            Bt::Cap { slot, old } => self.caps[slot] = old,
            Bt::Rep { id, count, last } => self.counts[id] = (count, last),
            _ => {}
        }
    }

    pub(super) fn find_marker(&self, f: impl Fn(&Bt) -> bool) -> usize {
        self.stack
            .iter()
            .rposition(f)
            .expect("an open atomic group or look-around")
    }

    /// Drops the choice points above (and including) the topmost marker,
    /// keeping the undo entries.
    pub(super) fn cut(&mut self, f: impl Fn(&Bt) -> bool) {
        let idx = self.find_marker(f);
        let mut w = idx;
        for r in idx + 1..self.stack.len() {
            let e = self.stack[r];
            if matches!(e, Bt::Cap { .. } | Bt::Rep { .. }) {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Pops to the next choice point: `(pc, pos)` to resume at.
    pub(super) fn backtrack(&mut self) -> Option<(usize, usize)> {
        let prog = self.prog;
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Cap { .. } | Bt::Rep { .. } => self.undo(e),
                Bt::Greedy { pc, base, n, min } => {
                    // Give back one character; skip positions where a
                    // following literal cannot match.
                    let next = match prog.insts[pc] {
                        Inst::One(Single::Char(c)) => Some(c),
                        _ => None,
                    };
                    let mut n = n;
                    while n > min {
                        n -= 1;
                        let p = base + n;
                        if let Some(c) = next {
                            if p >= self.text.len() || self.at(p) != c {
                                continue;
                            }
                        }
                        if n > min {
                            self.stack.push(Bt::Greedy { pc, base, n, min });
                        }
                        return Some((pc, p));
                    }
                }
                Bt::Lazy { rep, pos, n } => {
                    let Inst::RepeatOne { item, max, .. } = prog.insts[rep] else {
                        unreachable!("lazy repeat")
                    };
                    if n < max as usize && pos < self.text.len() && prog.single(item, self.at(pos))
                    {
                        if n + 1 < max as usize {
                            self.stack.push(Bt::Lazy {
                                rep,
                                pos: pos + 1,
                                n: n + 1,
                            });
                        }
                        return Some((rep + 1, pos + 1));
                    }
                }
                Bt::LazyRep { pc, pos } => {
                    let Inst::RepeatNext { id, max, .. } = prog.insts[pc] else {
                        unreachable!("lazy repeat")
                    };
                    let (count, last) = self.counts[id];
                    if count < i64::from(max) && pos != last {
                        self.set_count(id, count, pos);
                        return Some((pc + 1, pos));
                    }
                }
                Bt::Atomic => {}
                Bt::Look { negate, pos, cont } => {
                    if negate {
                        return Some((cont, pos));
                    }
                }
            }
        }
        None
    }
}
