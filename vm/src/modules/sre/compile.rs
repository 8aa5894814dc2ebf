//! [`Node`] tree → [`Program`]: resolves the scoped flags into the
//! instructions and checks look-behind widths.

use super::ast::{flags, width, AtKind, Node, RepeatKind};
use super::charset::{fold, lower, upper, CharSet, Mode};
use super::parser::{PResult, ParseError, Parsed};
use super::program::{At, Inst, Program, Single};

struct Compiler<'a> {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    repeats: usize,
    istext: bool,
    group_widths: &'a [Option<(u64, u64)>],
}

/// Compiles a parsed pattern (`istext`: a str pattern).
pub fn compile(parsed: &Parsed, istext: bool) -> PResult<Program> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        repeats: 0,
        istext,
        group_widths: &parsed.group_widths,
    };
    c.seq(&parsed.nodes, parsed.flags)?;
    c.insts.push(Inst::Match);
    let prefix = c
        .insts
        .iter()
        .map_while(|i| match i {
            Inst::One(Single::Char(ch)) => Some(*ch),
            _ => None,
        })
        .collect();
    let anchored = matches!(c.insts.first(), Some(Inst::At(At::Begin)));
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        groups: parsed.groups,
        repeats: c.repeats,
        prefix,
        anchored,
    })
}

impl Compiler<'_> {
    fn mode(&self, fl: u32) -> Mode {
        if !self.istext || fl & flags::ASCII != 0 {
            Mode::Ascii
        } else {
            Mode::Unicode
        }
    }

    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    fn seq(&mut self, nodes: &[Node], fl: u32) -> PResult<()> {
        for n in nodes {
            self.node(n, fl)?;
        }
        Ok(())
    }

    /// The one-character matcher for a unit node.
    fn single(&mut self, n: &Node, fl: u32) -> Single {
        let icase = fl & flags::IGNORECASE != 0;
        let mode = self.mode(fl);
        // Non-ASCII characters may have case partners that their own
        // simple mappings do not show (ß and ẞ), so they always fold.
        let cased = |c: u32| {
            (c >= 128 && mode == Mode::Unicode)
                || fold(c, mode) != c
                || upper(c, mode) != c
                || lower(c, mode) != c
        };
        match *n {
            Node::Literal(c) if icase && cased(c) => Single::CharI(fold(c, mode), mode),
            Node::Literal(c) => Single::Char(c),
            Node::NotLiteral(c) if icase && cased(c) => Single::NotCharI(fold(c, mode), mode),
            Node::NotLiteral(c) => Single::NotChar(c),
            Node::Any if fl & flags::DOTALL != 0 => Single::AnyAll,
            Node::Any => Single::Any,
            Node::In {
                negate, ref items, ..
            } => {
                self.sets
                    .push(CharSet::new(negate, icase, mode, items.clone()));
                Single::Set(self.sets.len() - 1)
            }
            _ => unreachable!("not a unit node"),
        }
    }

    fn node(&mut self, n: &Node, fl: u32) -> PResult<()> {
        match n {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => {
                let s = self.single(n, fl);
                self.emit(Inst::One(s));
            }
            Node::At(kind) => {
                let ml = fl & flags::MULTILINE != 0;
                let at = match kind {
                    AtKind::Beginning if ml => At::BeginLine,
                    AtKind::Beginning | AtKind::BeginningString => At::Begin,
                    AtKind::End if ml => At::EndLine,
                    AtKind::End => At::End,
                    AtKind::EndString => At::EndString,
                    AtKind::Boundary => At::Boundary(self.mode(fl)),
                    AtKind::NonBoundary => At::NonBoundary(self.mode(fl)),
                };
                self.emit(Inst::At(at));
            }
            Node::Group {
                group,
                add,
                del,
                body,
            } => {
                let inner = (fl | add) & !del;
                if let Some(g) = group {
                    self.emit(Inst::Save(2 * g));
                    self.seq(body, inner)?;
                    self.emit(Inst::Save(2 * g + 1));
                } else {
                    self.seq(body, inner)?;
                }
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, fl)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Branch(alts) => self.branch(alts, fl)?,
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => {
                if *kind == RepeatKind::Possessive {
                    self.emit(Inst::AtomicStart);
                    self.repeat(*min, *max, true, body, fl)?;
                    self.emit(Inst::AtomicEnd);
                } else {
                    self.repeat(*min, *max, *kind == RepeatKind::Greedy, body, fl)?;
                }
            }
            Node::GroupRef(g) => {
                let icase = (fl & flags::IGNORECASE != 0).then(|| self.mode(fl));
                self.emit(Inst::Backref { group: *g, icase });
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.emit(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.seq(yes, fl)?;
                let jmp = self.emit(Inst::Jmp(0));
                let no_pc = self.here();
                if let Some(no) = no {
                    self.seq(no, fl)?;
                }
                let end = self.here();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let behind = if *behind {
                    let (lo, hi) = width(body, self.group_widths);
                    if lo != hi {
                        return Err(ParseError::Re {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    negate: *negate,
                    behind,
                    cont: 0,
                });
                self.seq(body, fl)?;
                self.emit(Inst::LookEnd);
                let cont = self.here();
                self.insts[start] = Inst::LookStart {
                    negate: *negate,
                    behind,
                    cont,
                };
            }
        }
        Ok(())
    }

    fn branch(&mut self, alts: &[Vec<Node>], fl: u32) -> PResult<()> {
        let mut jumps = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            let split = (!last).then(|| self.emit(Inst::Split(0, 0)));
            self.seq(alt, fl)?;
            if let Some(split) = split {
                jumps.push(self.emit(Inst::Jmp(0)));
                self.insts[split] = Inst::Split(split + 1, self.here());
            }
        }
        let end = self.here();
        for j in jumps {
            self.insts[j] = Inst::Jmp(end);
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, greedy: bool, body: &[Node], fl: u32) -> PResult<()> {
        if let [unit] = body {
            if unit.is_unit() {
                let item = self.single(unit, fl);
                self.emit(Inst::RepeatOne {
                    item,
                    min,
                    max,
                    greedy,
                });
                return Ok(());
            }
        }
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0, 0));
            self.seq(body, fl)?;
            let end = self.here();
            self.insts[split] = if greedy {
                Inst::Split(split + 1, end)
            } else {
                Inst::Split(end, split + 1)
            };
            return Ok(());
        }
        let id = self.repeats;
        self.repeats += 1;
        self.emit(Inst::RepeatStart(id));
        let head = self.emit(Inst::Jmp(0));
        self.seq(body, fl)?;
        self.emit(Inst::Jmp(head));
        let exit = self.here();
        self.insts[head] = Inst::RepeatNext {
            id,
            min,
            max,
            greedy,
            exit,
        };
        Ok(())
    }
}
