//! Pattern text → [`Node`] tree, with CPython's error messages and
//! positions (`re._parser` semantics: the same tokenizer, the same checks in
//! the same order). Bytes patterns are parsed as their Latin-1 decoding.

mod escape;
mod group;
mod inline_flags;
mod repeat;
mod set;
mod tokenizer;

pub(super) use tokenizer::py_repr;

use super::ast::{flags, width, Node};

/// Why a pattern was rejected: `re.error` (with a position unless the check
/// is the compiler's), `OverflowError` or `ValueError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Re {
        msg: String,
        pos: Option<usize>,
    },
    Overflow(String),
    Value(String),
    /// Nesting deeper than CPython's recursive parser manages.
    Recursion,
}

/// The deepest nesting accepted (CPython's parser overflows its recursion
/// limit just past this when called from module level).
const MAX_DEPTH: usize = 496;

pub type PResult<T> = Result<T, ParseError>;

/// A parsed pattern.
#[derive(Debug)]
pub struct Parsed {
    pub nodes: Vec<Node>,
    pub flags: u32,
    /// Number of groups including group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// (min, max) width of each group, for look-behind checks.
    pub group_widths: Vec<Option<(u64, u64)>>,
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    c: char,
    esc: Option<char>,
}

pub(super) struct Parser {
    chars: Vec<char>,
    index: usize,
    next: Option<Tok>,
    istext: bool,
    // parse state (CPython's `State`)
    flags: u32,
    group_widths: Vec<Option<(u64, u64)>>,
    names: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
    depth: usize,
}

const SPECIAL: &str = ".\\[{()*+?^$|";

/// Parses `pattern` (code points; for bytes patterns `istext` is false).
pub fn parse(pattern: &[char], istext: bool, flags_in: u32) -> PResult<Parsed> {
    let mut p = Parser {
        chars: pattern.to_vec(),
        index: 0,
        next: None,
        istext,
        flags: flags_in,
        group_widths: vec![None],
        names: Vec::new(),
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        depth: 0,
    };
    p.advance()?;
    let nodes = p.parse_sub(flags_in & flags::VERBOSE != 0, 0)?;
    let flags = fix_flags(istext, p.flags)?;
    if p.next.is_some() {
        return Err(p.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.groupref_pos {
        if g >= p.group_widths.len() {
            return Err(ParseError::Re {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
            });
        }
    }
    Ok(Parsed {
        nodes,
        flags,
        groups: p.group_widths.len(),
        names: p.names,
        group_widths: p.group_widths,
    })
}

/// CPython's `fix_flags`: the type flags a pattern of this kind may carry.
fn fix_flags(istext: bool, mut f: u32) -> PResult<u32> {
    if istext {
        if f & flags::LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if f & flags::ASCII == 0 {
            f |= flags::UNICODE;
        } else if f & flags::UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if f & flags::UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if f & flags::LOCALE != 0 && f & flags::ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(f)
}

impl Parser {
    fn check_group(&self, gid: usize) -> bool {
        self.group_widths.get(gid).is_some_and(Option::is_some)
    }

    fn check_lookbehind_group(&self, gid: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(self.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    /// An alternation `a|b|c`.
    fn parse_sub(&mut self, mut verbose: bool, nested: usize) -> PResult<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(verbose, nested + 1, first)?);
            if !self.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & flags::VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or_default());
        }
        Ok(vec![Node::Branch(items)])
    }

    /// A sequence up to `|`, `)` or the end.
    fn parse_seq(&mut self, verbose: bool, nested: usize, first: bool) -> PResult<Vec<Node>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Recursion);
        }
        let r = self.parse_seq_inner(verbose, nested, first);
        self.depth -= 1;
        r
    }

    fn parse_seq_inner(
        &mut self,
        mut verbose: bool,
        nested: usize,
        first: bool,
    ) -> PResult<Vec<Node>> {
        let mut seq: Vec<Node> = Vec::new();
        while let Some(this) = self.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.advance()?;
            if verbose && this.esc.is_none() {
                if matches!(this.c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if this.c == '#' {
                    while let Some(t) = self.get()? {
                        if t.is('\n') {
                            break;
                        }
                    }
                    continue;
                }
            }
            if let Some(e) = this.esc {
                let node = self.escape(e)?;
                seq.push(node);
            } else if !SPECIAL.contains(this.c) {
                seq.push(Node::Literal(this.c as u32));
            } else {
                match this.c {
                    '[' => {
                        let node = self.parse_set()?;
                        seq.push(node);
                    }
                    '*' | '+' | '?' | '{' => self.parse_repeat(this, &mut seq)?,
                    '.' => seq.push(Node::Any),
                    '(' => {
                        if let Some(node) = self.parse_group(&mut verbose, nested, first, &seq)? {
                            seq.push(node);
                        }
                    }
                    '^' => seq.push(Node::At(super::ast::AtKind::Beginning)),
                    '$' => seq.push(Node::At(super::ast::AtKind::End)),
                    _ => unreachable!("special character"),
                }
            }
        }
        // Unpack plain non-capturing groups.
        let mut out = Vec::with_capacity(seq.len());
        for node in seq {
            match node {
                Node::Group {
                    group: None,
                    add: 0,
                    del: 0,
                    body,
                } => out.extend(body),
                n => out.push(n),
            }
        }
        Ok(out)
    }

    fn close_group(&mut self, gid: usize, body: &[Node]) {
        let w = width(body, &self.group_widths);
        self.group_widths[gid] = Some(w);
    }
}
