//! The pattern tokenizer (characters and two-character escapes), with
//! CPython's `tell()` positions for error messages.

use super::{PResult, ParseError, Parser, Tok};

impl Tok {
    pub(super) fn len(self) -> usize {
        if self.esc.is_some() {
            2
        } else {
            1
        }
    }
    pub(super) fn is(self, c: char) -> bool {
        self.esc.is_none() && self.c == c
    }
    pub(super) fn text(self) -> String {
        match self.esc {
            Some(e) => format!("\\{e}"),
            None => self.c.to_string(),
        }
    }
}

impl Parser {
    pub(super) fn advance(&mut self) -> PResult<()> {
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

    pub(super) fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    pub(super) fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn next_is(&self, f: impl Fn(char) -> bool) -> bool {
        self.next.is_some_and(|t| t.esc.is_none() && f(t.c))
    }

    pub(super) fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    pub(super) fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    /// Up to `n` plain characters satisfying `f`.
    pub(super) fn get_while(&mut self, n: usize, f: impl Fn(char) -> bool) -> PResult<String> {
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
    pub(super) fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
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

    pub(super) fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg: String = msg.into();
        if !self.istext {
            msg = ascii_escape(&msg);
        }
        ParseError::Re {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }
}

/// Python's `repr()` of a str.
pub(crate) fn py_repr(s: &str) -> String {
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
