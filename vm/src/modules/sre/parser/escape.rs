//! Backslash escapes, outside and inside character sets.

use super::{PResult, Parser};
use crate::modules::sre::ast::{AtKind, Category, Node, SetItem};

/// What a class escape stands for.
pub(super) enum ClassCode {
    Lit(u32),
    Cat(Category),
}

fn simple_escape(e: char) -> Option<u32> {
    Some(match e {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category(e: char) -> Option<Category> {
    Some(match e {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn is_oct(c: char) -> bool {
    ('0'..='7').contains(&c)
}

impl Parser {
    /// `\x..`, `\u....`, `\U........`: `None` when `e` is none of them.
    fn hex_escape(&mut self, e: char) -> PResult<Option<u32>> {
        let n = match e {
            'x' => 2,
            'u' if self.istext => 4,
            'U' if self.istext => 8,
            _ => return Ok(None),
        };
        let digits = self.get_while(n, |c| c.is_ascii_hexdigit())?;
        let text = format!("\\{e}{digits}");
        if digits.len() != n {
            let len = text.chars().count();
            return Err(self.error(format!("incomplete escape {text}"), len));
        }
        let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
        if v > 0x10ffff {
            let len = text.chars().count();
            return Err(self.error(format!("bad escape {text}"), len));
        }
        Ok(Some(v))
    }

    /// An escape outside a set (`e` follows the backslash).
    pub(super) fn escape(&mut self, e: char) -> PResult<Node> {
        let at = match e {
            'A' => Some(AtKind::BeginningString),
            'Z' => Some(AtKind::EndString),
            'b' => Some(AtKind::Boundary),
            'B' => Some(AtKind::NonBoundary),
            _ => None,
        };
        if let Some(at) = at {
            return Ok(Node::At(at));
        }
        if let Some(cat) = category(e) {
            return Ok(Node::In {
                negate: false,
                items: vec![SetItem::Category(cat)],
            });
        }
        if let Some(v) = simple_escape(e) {
            return Ok(Node::Literal(v));
        }
        if let Some(v) = self.hex_escape(e)? {
            return Ok(Node::Literal(v));
        }
        if e == '0' {
            let more = self.get_while(2, is_oct)?;
            return Ok(Node::Literal(
                u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
            ));
        }
        if e.is_ascii_digit() {
            let mut text = format!("\\{e}");
            if self.next_is(|c| c.is_ascii_digit()) {
                let d2 = self.next.map_or('0', |t| t.c);
                self.advance()?;
                text.push(d2);
                if is_oct(e) && is_oct(d2) && self.next_is(is_oct) {
                    let d3 = self.next.map_or('0', |t| t.c);
                    self.advance()?;
                    text.push(d3);
                    let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self.error(
                            format!("octal escape value {text} outside of range 0-0o377"),
                            text.len(),
                        ));
                    }
                    return Ok(Node::Literal(v));
                }
            }
            let group: usize = text[1..].parse().unwrap_or(usize::MAX);
            if group < self.group_widths.len() {
                if !self.check_group(group) {
                    return Err(self.error("cannot refer to an open group", text.len()));
                }
                self.check_lookbehind_group(group)?;
                return Ok(Node::GroupRef(group));
            }
            return Err(self.error(format!("invalid group reference {group}"), text.len() - 1));
        }
        if e.is_ascii_alphabetic() {
            return Err(self.error(format!("bad escape \\{e}"), 2));
        }
        Ok(Node::Literal(e as u32))
    }

    /// An escape inside a set.
    pub(super) fn class_escape(&mut self, e: char) -> PResult<ClassCode> {
        if let Some(v) = simple_escape(e) {
            return Ok(ClassCode::Lit(v));
        }
        if let Some(cat) = category(e) {
            return Ok(ClassCode::Cat(cat));
        }
        if let Some(v) = self.hex_escape(e)? {
            return Ok(ClassCode::Lit(v));
        }
        if is_oct(e) {
            let more = self.get_while(2, is_oct)?;
            let text = format!("\\{e}{more}");
            let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return Err(self.error(
                    format!("octal escape value {text} outside of range 0-0o377"),
                    text.len(),
                ));
            }
            return Ok(ClassCode::Lit(v));
        }
        if e.is_ascii_alphanumeric() {
            return Err(self.error(format!("bad escape \\{e}"), 2));
        }
        Ok(ClassCode::Lit(e as u32))
    }
}
