//! Inline flags: `(?aiLmsux)` and `(?aiLmsux-imsx:...)`.

use super::{PResult, Parser};
use crate::modules::sre::ast::flags;

pub(super) fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'i' => flags::IGNORECASE,
        'L' => flags::LOCALE,
        'm' => flags::MULTILINE,
        's' => flags::DOTALL,
        'x' => flags::VERBOSE,
        'a' => flags::ASCII,
        't' => flags::TEMPLATE,
        'u' => flags::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = flags::ASCII | flags::LOCALE | flags::UNICODE;
const GLOBAL_FLAGS: u32 = flags::DEBUG | flags::TEMPLATE;

impl Parser {
    /// Inline flags after `(?`: `None` for global flags `(?i)`, else the
    /// scoped (add, del) pair of `(?i-m:...)`.
    pub(super) fn parse_flags(&mut self, mut c: char) -> PResult<Option<(u32, u32)>> {
        let (mut add, mut del) = (0u32, 0u32);
        let mut ch = None;
        if c != '-' {
            loop {
                let flag = flag_bit(c).unwrap_or(0);
                if self.istext && c == 'L' {
                    return Err(self.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.istext && c == 'u' {
                    return Err(self.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(t) = self.get()? else {
                    return Err(self.error("missing -, : or )", 0));
                };
                ch = Some(t);
                if t.is(')') || t.is('-') || t.is(':') {
                    break;
                }
                match (t.esc, flag_bit(t.c)) {
                    (None, Some(_)) => c = t.c,
                    _ => {
                        let msg = if t.esc.is_none() && t.c.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return Err(self.error(msg, t.len()));
                    }
                }
            }
        }
        if ch.is_some_and(|t| t.is(')')) {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn on global flag", 1));
        }
        if c == '-' || ch.is_some_and(|t| t.is('-')) {
            let Some(t) = self.get()? else {
                return Err(self.error("missing flag", 0));
            };
            let Some(mut flag) = flag_bit(t.c).filter(|_| t.esc.is_none()) else {
                let msg = if t.esc.is_none() && t.c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.error(msg, t.len()));
            };
            loop {
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                let Some(t) = self.get()? else {
                    return Err(self.error("missing :", 0));
                };
                if t.is(':') {
                    break;
                }
                match flag_bit(t.c).filter(|_| t.esc.is_none()) {
                    Some(f) => flag = f,
                    None => {
                        let msg = if t.esc.is_none() && t.c.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return Err(self.error(msg, t.len()));
                    }
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}
