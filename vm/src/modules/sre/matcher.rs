//! The backtracking matcher: runs a [`Program`] over a slice of code units
//! (`u8` for bytes and ASCII str, `char` otherwise).
//!
//! Like CPython's `_sre` it explores alternatives depth first, but with an
//! explicit backtrack stack instead of native recursion: every choice point
//! pushes an entry, and every change to the captures or repeat counters
//! pushes the old value, so failing pops entries until the next choice
//! point and undoes the changes on the way. Atomic groups and look-arounds
//! cut the choice points their body left (keeping the undo entries), which is
//! all possessive repeats need too. Native stack use is constant whatever
//! the input; the stack grows on the heap.

use super::program::Program;

const UNSET: usize = usize::MAX;

/// A code unit of the subject.
pub trait Unit: Copy {
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for char {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

/// Backtrack stack entries.
#[derive(Clone, Copy, Debug)]
enum Bt {
    /// A choice point: resume at `pc` with `pos`.
    Alt {
        pc: usize,
        pos: usize,
    },
    /// Undo a capture slot (the last slot is `lastindex`).
    Cap {
        slot: usize,
        old: usize,
    },
    /// Undo a repeat counter.
    Rep {
        id: usize,
        count: i64,
        last: usize,
    },
    /// A greedy single-character repeat that can give back characters.
    Greedy {
        pc: usize,
        base: usize,
        n: usize,
        min: usize,
    },
    /// A lazy single-character repeat that can take one more character.
    Lazy {
        rep: usize,
        pos: usize,
        n: usize,
    },
    /// A lazy general repeat that can run its body once more.
    LazyRep {
        pc: usize,
        pos: usize,
    },
    Atomic,
    Look {
        negate: bool,
        pos: usize,
        cont: usize,
    },
}

/// How a match attempt is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Match,
    Full,
    Search,
}

/// The spans of a successful match: `slots[2g], slots[2g+1]` (UNSET when the
/// group did not participate) and `lastindex` (0 for none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

impl Found {
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        (s != UNSET && e != UNSET).then_some((s, e))
    }
}

pub struct Matcher<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    caps: Vec<usize>,
    counts: Vec<(i64, usize)>,
    stack: Vec<Bt>,
    full: bool,
    /// Called every [`POLL_INTERVAL`] steps (a safepoint for the VM:
    /// stop-the-world, signals); returning false aborts the match.
    poll: Option<&'a mut dyn FnMut() -> bool>,
    steps: u32,
    /// Set when `poll` aborted the match.
    pub aborted: bool,
}

/// Steps between two polls (a power of two).
const POLL_INTERVAL: u32 = 1 << 16;

impl<'a, T: Unit> Matcher<'a, T> {
    /// `text` is the subject cut at `endpos`.
    pub fn new(prog: &'a Program, text: &'a [T]) -> Self {
        Matcher {
            prog,
            text,
            caps: vec![UNSET; 2 * prog.groups + 1],
            counts: vec![(0, UNSET); prog.repeats],
            stack: Vec::new(),
            full: false,
            poll: None,
            steps: 0,
            aborted: false,
        }
    }

    /// Installs the periodic poll.
    pub fn with_poll(mut self, poll: &'a mut dyn FnMut() -> bool) -> Self {
        self.poll = Some(poll);
        self
    }

    /// Counts a step; true when the match must stop.
    #[inline]
    fn tick(&mut self) -> bool {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & (POLL_INTERVAL - 1) != 0 {
            return false;
        }
        if let Some(p) = self.poll.as_mut() {
            if !p() {
                self.aborted = true;
            }
        }
        self.aborted
    }

    /// One match or search from `pos`; `must_advance` rejects an empty
    /// match at `pos` (the rule for successive matches of finditer/sub).
    pub fn run(&mut self, pos: usize, anchor: Anchor, must_advance: bool) -> Option<Found> {
        let len = self.text.len();
        if pos > len {
            return None;
        }
        self.full = anchor == Anchor::Full;
        if anchor != Anchor::Search {
            return self.attempt(pos, must_advance);
        }
        if self.prog.anchored {
            return if pos == 0 {
                self.attempt(0, must_advance)
            } else {
                None
            };
        }
        let first = self.prog.prefix.first().copied();
        let mut start = pos;
        let mut advance = must_advance;
        while start <= len && !self.aborted {
            if let Some(c) = first {
                match self.text[start..].iter().position(|u| u.code() == c) {
                    Some(off) => {
                        if off > 0 {
                            advance = false;
                        }
                        start += off;
                    }
                    None => return None,
                }
            }
            if let Some(f) = self.attempt(start, advance) {
                return Some(f);
            }
            advance = false;
            start += 1;
        }
        None
    }

    fn attempt(&mut self, start: usize, must_advance: bool) -> Option<Found> {
        self.stack.clear();
        let end = self.exec(start, must_advance)?;
        let mut slots = self.caps[..2 * self.prog.groups].to_vec();
        slots[0] = start;
        slots[1] = end;
        let lastindex = self.caps[2 * self.prog.groups];
        // Leave the state clean for the next attempt.
        self.caps.fill(UNSET);
        self.counts.fill((0, UNSET));
        Some(Found {
            slots,
            lastindex: if lastindex == UNSET { 0 } else { lastindex },
        })
    }

    #[inline]
    fn set_cap(&mut self, slot: usize, v: usize) {
        self.stack.push(Bt::Cap {
            slot,
            old: self.caps[slot],
        });
        self.caps[slot] = v;
    }

    fn set_count(&mut self, id: usize, count: i64, last: usize) {
        let (oc, ol) = self.counts[id];
        self.stack.push(Bt::Rep {
            id,
            count: oc,
            last: ol,
        });
        self.counts[id] = (count, last);
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].code()
    }
}

mod backtrack;
mod exec;
