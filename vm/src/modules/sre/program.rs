//! The compiled form of a pattern: a flat instruction list for the
//! backtracking matcher. Immutable once built, so one program is shared by
//! every thread matching with it.

use super::charset::{fold, CharSet, Mode};

/// Something that matches exactly one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Single {
    Char(u32),
    NotChar(u32),
    /// Case-insensitive: compares case-folded keys.
    CharI(u32, Mode),
    NotCharI(u32, Mode),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// Index into [`Program::sets`].
    Set(usize),
}

/// Resolved position assertions (flags applied).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Begin,
    BeginLine,
    End,
    EndLine,
    EndString,
    Boundary(Mode),
    NonBoundary(Mode),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inst {
    One(Single),
    At(At),
    /// Records the position in capture slot `n` (2*group, 2*group+1).
    Save(usize),
    /// Try `.0` first; on failure resume at `.1`.
    Split(usize, usize),
    Jmp(usize),
    /// A repeat of one character, then continue at the next instruction.
    RepeatOne {
        item: Single,
        min: u32,
        max: u32,
        greedy: bool,
    },
    /// Resets counter `id` before a general repeat's first iteration.
    RepeatStart(usize),
    /// Loop head of a general repeat: the body follows, `exit` is after it.
    RepeatNext {
        id: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    AtomicStart,
    AtomicEnd,
    /// A look-around; `behind` is the look-behind width, `cont` the
    /// instruction after its `LookEnd`.
    LookStart {
        negate: bool,
        behind: Option<usize>,
        cont: usize,
    },
    LookEnd,
    Backref {
        group: usize,
        icase: Option<Mode>,
    },
    /// `(?(group)yes|no)`: continue if the group matched, else jump.
    GroupExists {
        group: usize,
        no: usize,
    },
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    /// Capturing groups including group 0.
    pub groups: usize,
    pub repeats: usize,
    /// Case-sensitive literal characters every match starts with.
    pub prefix: Vec<u32>,
    /// The pattern can only match at position 0 (`\A`, `^` without M).
    pub anchored: bool,
}

impl Program {
    #[inline]
    pub fn single(&self, s: Single, c: u32) -> bool {
        match s {
            Single::Char(x) => c == x,
            Single::NotChar(x) => c != x,
            Single::CharI(x, m) => fold(c, m) == x,
            Single::NotCharI(x, m) => fold(c, m) != x,
            Single::Any => c != '\n' as u32,
            Single::AnyAll => true,
            Single::Set(i) => self.sets[i].contains(c),
        }
    }
}
