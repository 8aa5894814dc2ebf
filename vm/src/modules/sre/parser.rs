//! Pattern text → [`Node`] tree, with CPython's error messages and
//! positions (`re._parser` semantics: the same tokenizer, the same checks in
//! the same order). Bytes patterns are parsed as their Latin-1 decoding.

mod escape;
mod group;
mod set;

use super::ast::{flags, width, Node, RepeatKind, MAXREPEAT};

/// Why a pattern was rejected: `re.error` (with a position unless the check
/// is the compiler's), `OverflowError` or `ValueError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Re { msg: String, pos: Option<usize> },
    Overflow(String),
    Value(String),
}

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

impl Tok {
    fn len(self) -> usize {
        if self.esc.is_some() {
            2
        } else {
            1
        }
    }
    fn is(self, c: char) -> bool {
        self.esc.is_none() && self.c == c
    }
    fn text(self) -> String {
        match self.esc {
            Some(e) => format!("\\{e}"),
            None => self.c.to_string(),
        }
    }
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
    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        let mut tok = Tok { c, esc: None };
        let mut index = self.index;
        if c == '\\' {
            index += 1;
            let Some(&e) = self.chars.get(index) else {
                return Err(ParseError::Re {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.chars.len() - 1),
                });
            };
            tok.esc = Some(e);
        }
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_is(&self, f: impl Fn(char) -> bool) -> bool {
        self.next.is_some_and(|t| t.esc.is_none() && f(t.c))
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    /// Up to `n` plain characters satisfying `f`.
    fn get_while(&mut self, n: usize, f: impl Fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_is(&f) {
                break;
            }
            out.push(self.next.map_or(' ', |t| t.c));
            self.advance()?;
        }
        Ok(out)
    }

    /// Tokens up to `term` (CPython's `getuntil`).
    fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            let Some(c) = c else {
                if out.is_empty() {
                    return Err(self.error(format!("missing {name}"), 0));
                }
                let n = out.chars().count();
                return Err(self.error(format!("missing {term}, unterminated name"), n));
            };
            if c.is(term) {
                if out.is_empty() {
                    return Err(self.error(format!("missing {name}"), 1));
                }
                return Ok(out);
            }
            out.push_str(&c.text());
        }
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg: String = msg.into();
        if !self.istext {
            msg = ascii_escape(&msg);
        }
        ParseError::Re {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

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
    fn parse_seq(&mut self, mut verbose: bool, nested: usize, first: bool) -> PResult<Vec<Node>> {
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

    fn parse_repeat(&mut self, this: Tok, seq: &mut Vec<Node>) -> PResult<()> {
        let here = self.tell();
        let (min, max) = match this.c {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if self.next.is_some_and(|t| t.is('}')) {
                    seq.push(Node::Literal('{' as u32));
                    return Ok(());
                }
                let lo = self.get_while(usize::MAX, |c| c.is_ascii_digit())?;
                let hi = if self.matches(',')? {
                    self.get_while(usize::MAX, |c| c.is_ascii_digit())?
                } else {
                    lo.clone()
                };
                if !self.matches('}')? {
                    seq.push(Node::Literal('{' as u32));
                    self.seek(here)?;
                    return Ok(());
                }
                let num = |s: &str| -> PResult<u32> {
                    match s.parse::<u64>() {
                        Ok(v) if v < u64::from(MAXREPEAT) => Ok(v as u32),
                        _ => Err(ParseError::Overflow(
                            "the repetition number is too large".into(),
                        )),
                    }
                };
                let min = if lo.is_empty() { 0 } else { num(&lo)? };
                let max = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
                if !hi.is_empty() && max < min {
                    return Err(
                        self.error("min repeat greater than max repeat", self.tell() - here)
                    );
                }
                (min, max)
            }
        };
        let offset = self.tell() - here + 1;
        match seq.last() {
            None | Some(Node::At(_)) => return Err(self.error("nothing to repeat", offset)),
            Some(Node::Repeat { .. }) => return Err(self.error("multiple repeat", offset)),
            _ => {}
        }
        let item = seq.pop().unwrap_or(Node::Any);
        let body = match item {
            Node::Group {
                group: None,
                add: 0,
                del: 0,
                body,
            } => body,
            n => vec![n],
        };
        let kind = if self.matches('?')? {
            RepeatKind::Lazy
        } else if self.matches('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        seq.push(Node::Repeat {
            min,
            max,
            kind,
            body,
        });
        Ok(())
    }

    fn close_group(&mut self, gid: usize, body: &[Node]) {
        let w = width(body, &self.group_widths);
        self.group_widths[gid] = Some(w);
    }
}

/// Python's `repr()` of a str.
pub(super) fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `msg.encode('ascii', 'backslashreplace').decode()`.
fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            v @ 0x80..=0xff => out.push_str(&format!("\\x{v:02x}")),
            v @ 0x100..=0xffff => out.push_str(&format!("\\u{v:04x}")),
            v => out.push_str(&format!("\\U{v:08x}")),
        }
    }
    out
}
