//! f-strings: `FORMAT_SIMPLE`, `CONVERT_VALUE`, `FORMAT_WITH_SPEC` (nested
//! specs are themselves joined strings), `BUILD_STRING`, and the `=`
//! debugging specifier (literal text, then `!r` unless a spec or
//! conversion is given).

use super::{CResult, Compiler};
use crate::compiler::consts::Const;
use crate::isa::Op;
use ruff_python_ast::{self as ast, ConversionFlag, InterpolatedStringElement};
use ruff_text_size::Ranged;

const STACK_USE_GUIDELINE: usize = 30;

/// One piece of a joined string.
enum Piece<'a> {
    Lit(String),
    Value(&'a ast::InterpolatedElement),
}

impl<'a> Compiler<'a> {
    pub fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_lit(&mut pieces, &s.value),
                ast::FStringPart::FString(fs) => self.collect(&fs.elements, &mut pieces),
            }
        }
        self.joined(pieces)
    }

    fn collect(&self, elements: &'a ast::InterpolatedStringElements, pieces: &mut Vec<Piece<'a>>) {
        for el in elements.iter() {
            match el {
                InterpolatedStringElement::Literal(l) => push_lit(pieces, &l.value),
                InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading,
                            self.src.slice(i.expression.range()),
                            debug.trailing
                        );
                        push_lit(pieces, &text);
                    }
                    pieces.push(Piece::Value(i));
                }
            }
        }
    }

    fn joined(&mut self, pieces: Vec<Piece<'a>>) -> CResult {
        let n = pieces.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Const::str(""));
            let i = self.add_name("join");
            self.emit(Op::LOAD_ATTR, i << 1 | 1);
            self.emit(Op::BUILD_LIST, 0);
            for p in pieces {
                self.piece(p)?;
                self.emit(Op::LIST_APPEND, 1);
            }
            self.emit(Op::CALL, 1);
            return Ok(());
        }
        if n == 0 {
            self.load_const(Const::str(""));
            return Ok(());
        }
        for p in pieces {
            self.piece(p)?;
        }
        if n > 1 {
            self.emit(Op::BUILD_STRING, n as u32);
        }
        Ok(())
    }

    fn piece(&mut self, p: Piece<'a>) -> CResult {
        match p {
            Piece::Lit(s) => {
                self.load_const(Const::Str(s));
                Ok(())
            }
            Piece::Value(i) => self.formatted_value(i),
        }
    }

    fn formatted_value(&mut self, i: &'a ast::InterpolatedElement) -> CResult {
        self.expr(&i.expression)?;
        let saved = self.set_loc(i.range);
        let mut conversion = i.conversion;
        if i.debug_text.is_some() && conversion == ConversionFlag::None && i.format_spec.is_none() {
            conversion = ConversionFlag::Repr;
        }
        match conversion {
            ConversionFlag::None => {}
            ConversionFlag::Str => self.emit(Op::CONVERT_VALUE, 1),
            ConversionFlag::Repr => self.emit(Op::CONVERT_VALUE, 2),
            ConversionFlag::Ascii => self.emit(Op::CONVERT_VALUE, 3),
        }
        match &i.format_spec {
            Some(spec) => {
                let mut pieces = Vec::new();
                self.collect(&spec.elements, &mut pieces);
                self.joined(pieces)?;
                self.emit0(Op::FORMAT_WITH_SPEC);
            }
            None => self.emit0(Op::FORMAT_SIMPLE),
        }
        self.restore_loc(saved);
        Ok(())
    }
}

fn push_lit(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = pieces.last_mut() {
        prev.push_str(s);
    } else {
        pieces.push(Piece::Lit(s.to_string()));
    }
}
