//! The parsed form of a pattern: a tree of nodes, with the width analysis
//! that look-behind assertions need.

/// `_sre.MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;

/// Flag bits, numbered as in CPython's `re` module.
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

/// The `\d \D \s \S \w \W` categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a character set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

/// Zero-width position assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtKind {
    /// `^`
    Beginning,
    /// `$`
    End,
    /// `\A`
    BeginningString,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In {
        negate: bool,
        items: Vec<SetItem>,
    },
    At(AtKind),
    /// A group: capturing when `group` is set; `add`/`del` are scoped flags.
    Group {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Branch(Vec<Vec<Node>>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
}

impl Node {
    /// True for the nodes that match exactly one character.
    pub fn is_unit(&self) -> bool {
        matches!(
            self,
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. }
        )
    }
}

/// The (min, max) width of a sequence, saturating as CPython's `getwidth`;
/// `groups[i]` is the width of closed group `i`.
pub fn width(seq: &[Node], groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in seq {
        let (l, h) = match node {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::At(_) | Node::Assert { .. } => (0, 0),
            Node::Group { body, .. } | Node::Atomic(body) => width(body, groups),
            Node::Branch(alts) => {
                let mut i = u64::from(MAXREPEAT) - 1;
                let mut j = 0;
                for a in alts {
                    let (l, h) = width(a, groups);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = width(body, groups);
                (
                    l.saturating_mul(u64::from(*min)),
                    h.saturating_mul(u64::from(*max)),
                )
            }
            Node::GroupRef(g) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (l, h) = width(yes, groups);
                match no {
                    Some(no) => {
                        let (l2, h2) = width(no, groups);
                        (l.min(l2), h.max(h2))
                    }
                    None => (0, h),
                }
            }
        };
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (
        lo.min(u64::from(MAXREPEAT) - 1),
        hi.min(u64::from(MAXREPEAT)),
    )
}
