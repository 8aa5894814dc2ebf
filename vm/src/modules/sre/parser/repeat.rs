//! Quantifiers: `*`, `+`, `?`, `{m,n}` and their lazy and possessive forms.

use super::{PResult, ParseError, Parser, Tok};
use crate::modules::sre::ast::{Node, RepeatKind, MAXREPEAT};

impl Parser {
    pub(super) fn parse_repeat(&mut self, this: Tok, seq: &mut Vec<Node>) -> PResult<()> {
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
}
