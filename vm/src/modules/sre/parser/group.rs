//! `(`: groups, extensions `(?...)`, assertions, conditionals and inline
//! flags.

use super::inline_flags::flag_bit;
use super::{py_repr, PResult, Parser};
use crate::builtins::strings::unicode::is_identifier;
use crate::modules::sre::ast::{flags, Node};

impl Parser {
    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(msg, name.chars().count() + offset));
        }
        Ok(())
    }

    /// After `(`: `None` when the construct adds no node (comments, global
    /// flags).
    pub(super) fn parse_group(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        first: bool,
        seq: &[Node],
    ) -> PResult<Option<Node>> {
        let start = self.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let (mut add, mut del) = (0, 0);
        if self.matches('?')? {
            let Some(ch) = self.get()? else {
                return Err(self.error("unexpected end of pattern", 0));
            };
            let c = if ch.esc.is_some() { '\\' } else { ch.c };
            match c {
                'P' => {
                    if self.matches('<')? {
                        let n = self.get_until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.matches('=')? {
                        let n = self.get_until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let len = n.chars().count() + 1;
                        let Some(gid) = self.lookup_name(&n) else {
                            return Err(
                                self.error(format!("unknown group name {}", py_repr(&n)), len)
                            );
                        };
                        if !self.check_group(gid) {
                            return Err(self.error("cannot refer to an open group", len));
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(Some(Node::GroupRef(gid)));
                    } else {
                        let Some(ch) = self.get()? else {
                            return Err(self.error("unexpected end of pattern", 0));
                        };
                        let t = ch.text();
                        let len = t.chars().count() + 2;
                        return Err(self.error(format!("unknown extension ?P{t}"), len));
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    if self.next.is_none() {
                        return Err(
                            self.error("missing ), unterminated comment", self.tell() - start)
                        );
                    }
                    if self.get()?.is_some_and(|t| t.is(')')) {
                        return Ok(None);
                    }
                },
                '=' | '!' | '<' => return self.parse_assert(c, *verbose, nested, start).map(Some),
                '(' => return self.parse_conditional(*verbose, nested, start).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if flag_bit(c).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first || !seq.is_empty() {
                            return Err(self.error(
                                "global flags not at the start of the expression",
                                self.tell() - start,
                            ));
                        }
                        *verbose = self.flags & flags::VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                _ => {
                    let t = ch.text();
                    let len = t.chars().count() + 1;
                    return Err(self.error(format!("unknown extension ?{t}"), len));
                }
            }
        }
        let group = if capture {
            Some(self.open_group(name.as_deref())?)
        } else {
            None
        };
        let sub_verbose = (*verbose || add & flags::VERBOSE != 0) && del & flags::VERBOSE == 0;
        let body = self.parse_sub(sub_verbose, nested + 1)?;
        if !self.matches(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        if let Some(g) = group {
            self.close_group(g, &body);
        }
        Ok(Some(if atomic {
            Node::Atomic(body)
        } else {
            Node::Group {
                group,
                add,
                del,
                body,
            }
        }))
    }

    fn lookup_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn open_group(&mut self, name: Option<&str>) -> PResult<usize> {
        let gid = self.group_widths.len();
        self.group_widths.push(None);
        if let Some(name) = name {
            if let Some(old) = self.lookup_name(name) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(name)
                );
                return Err(self.error(msg, name.chars().count() + 1));
            }
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn parse_assert(
        &mut self,
        mut c: char,
        verbose: bool,
        nested: usize,
        start: usize,
    ) -> PResult<Node> {
        let mut behind = false;
        let saved = self.lookbehind_groups;
        if c == '<' {
            let Some(ch) = self.get()? else {
                return Err(self.error("unexpected end of pattern", 0));
            };
            if !(ch.is('=') || ch.is('!')) {
                let t = ch.text();
                let len = t.chars().count() + 2;
                return Err(self.error(format!("unknown extension ?<{t}"), len));
            }
            c = ch.c;
            behind = true;
            if saved.is_none() {
                self.lookbehind_groups = Some(self.group_widths.len());
            }
        }
        let body = self.parse_sub(verbose, nested + 1)?;
        if behind && saved.is_none() {
            self.lookbehind_groups = None;
        }
        if !self.matches(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        Ok(Node::Assert {
            behind,
            negate: c == '!',
            body,
        })
    }

    fn parse_conditional(&mut self, verbose: bool, nested: usize, start: usize) -> PResult<Node> {
        let name = self.get_until(')', "group name")?;
        let len = name.chars().count() + 1;
        let group = if is_identifier(&name) {
            match self.lookup_name(&name) {
                Some(g) => g,
                None => {
                    return Err(self.error(format!("unknown group name {}", py_repr(&name)), len))
                }
            }
        } else {
            let Ok(g) = name.parse::<u64>() else {
                let msg = format!("bad character in group name {}", py_repr(&name));
                return Err(self.error(msg, len));
            };
            if g == 0 {
                return Err(self.error("bad group number", len));
            }
            let g = usize::try_from(g).unwrap_or(usize::MAX);
            if !self.groupref_pos.iter().any(|&(x, _)| x == g) {
                self.groupref_pos.push((g, self.tell() - len));
            }
            g
        };
        self.check_lookbehind_group(group)?;
        let yes = self.parse_seq(verbose, nested + 1, false)?;
        let no = if self.matches('|')? {
            let no = self.parse_seq(verbose, nested + 1, false)?;
            if self.next.is_some_and(|t| t.is('|')) {
                return Err(self.error("conditional backref with more than two branches", 0));
            }
            Some(no)
        } else {
            None
        };
        if !self.matches(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        Ok(Node::GroupRefExists { group, yes, no })
    }
}
