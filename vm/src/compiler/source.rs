//! Source positions: byte offsets (from the parser's `TextRange`s) to
//! 1-based lines and 0-based columns.
//!
//! Columns in `Location`s are UTF-8 byte offsets within the line, as
//! CPython's `co_positions()`; columns in `CompileError` are 1-based code
//! points, as CPython's `SyntaxError.offset`.

use crate::objects::code::Location;
use ruff_text_size::TextRange;

pub struct SourceMap<'a> {
    pub text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<u32>,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> SourceMap<'a> {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        SourceMap { text, starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> u32 {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len() as u32)
    }

    /// 0-based byte column of an offset.
    pub fn byte_col(&self, offset: u32) -> u32 {
        offset - self.line_start(self.line_of(offset))
    }

    /// 1-based code-point column of an offset.
    pub fn char_col(&self, offset: u32) -> usize {
        let start = self.line_start(self.line_of(offset)) as usize;
        let end = (offset as usize).min(self.text.len());
        self.text
            .get(start..end)
            .map_or(end - start, |s| s.chars().count())
            + 1
    }

    /// The text of a 1-based line, without its line terminator.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.line_start(line) as usize;
        let end = if line < self.starts.len() {
            self.starts[line] as usize
        } else {
            self.text.len()
        };
        let s = self.text.get(start..end).unwrap_or("");
        s.trim_end_matches(['\n', '\r'])
    }

    pub fn location(&self, range: TextRange) -> Location {
        let (s, e) = (u32::from(range.start()), u32::from(range.end()));
        let line = self.line_of(s);
        let end_line = self.line_of(e);
        Location {
            line: line as u32,
            end_line: end_line as u32,
            col: clamp16(self.byte_col(s)),
            end_col: clamp16(self.byte_col(e)),
        }
    }

    pub fn slice(&self, range: TextRange) -> &'a str {
        self.text
            .get(usize::from(range.start())..usize::from(range.end()))
            .unwrap_or("")
    }
}

fn clamp16(v: u32) -> u16 {
    v.min(u16::MAX as u32) as u16
}
