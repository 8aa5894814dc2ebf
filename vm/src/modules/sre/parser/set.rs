//! Character sets `[...]`.

use super::escape::ClassCode;
use super::{PResult, Parser, Tok};
use crate::modules::sre::ast::{Node, SetItem};

impl Parser {
    /// After `[`: the members up to `]`.
    pub(super) fn parse_set(&mut self) -> PResult<Node> {
        let here = self.tell() - 1;
        let negate = self.matches('^')?;
        let mut items: Vec<SetItem> = Vec::new();
        loop {
            let Some(this) = self.get()? else {
                return Err(self.error("unterminated character set", self.tell() - here));
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            let code1 = self.set_code(this)?;
            if self.matches('-')? {
                let Some(that) = self.get()? else {
                    return Err(self.error("unterminated character set", self.tell() - here));
                };
                if that.is(']') {
                    items.push(to_item(code1));
                    items.push(SetItem::Literal('-' as u32));
                    break;
                }
                let code2 = self.set_code(that)?;
                let bad = || {
                    let msg = format!("bad character range {}-{}", this.text(), that.text());
                    (msg, this.len() + 1 + that.len())
                };
                match (code1, code2) {
                    (ClassCode::Lit(lo), ClassCode::Lit(hi)) if lo <= hi => {
                        items.push(SetItem::Range(lo, hi))
                    }
                    _ => {
                        let (msg, off) = bad();
                        return Err(self.error(msg, off));
                    }
                }
            } else {
                items.push(to_item(code1));
            }
        }
        let mut uniq: Vec<SetItem> = Vec::with_capacity(items.len());
        for it in items {
            if !uniq.contains(&it) {
                uniq.push(it);
            }
        }
        if let [SetItem::Literal(c)] = uniq[..] {
            return Ok(if negate {
                Node::NotLiteral(c)
            } else {
                Node::Literal(c)
            });
        }
        Ok(Node::In {
            negate,
            items: uniq,
        })
    }

    fn set_code(&mut self, t: Tok) -> PResult<ClassCode> {
        match t.esc {
            Some(e) => self.class_escape(e),
            None => Ok(ClassCode::Lit(t.c as u32)),
        }
    }
}

fn to_item(c: ClassCode) -> SetItem {
    match c {
        ClassCode::Lit(v) => SetItem::Literal(v),
        ClassCode::Cat(cat) => SetItem::Category(cat),
    }
}
