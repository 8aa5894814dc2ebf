//! The position markers under a traceback's source line, as CPython 3.11
//! prints them (`Lib/traceback.py`, `format_frame_summary`): `^^^^` under the
//! failing expression, or `~~~^~~~` anchored on the operator of a binary
//! operation and `~~^^^^` on the brackets of a subscript.

use crate::objects::code::Location;
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::Ranged;

/// The caret line (without newline) for `line`, the raw source line, or
/// None when the expression spans the whole line or has no position.
pub fn caret_line(line: &str, loc: Location) -> Option<String> {
    if loc.line == 0 {
        return None;
    }
    let stripped = line.trim();
    if stripped.is_empty() {
        return None;
    }
    let stripped_chars = line.chars().count() - line.trim_start().chars().count();
    let start = char_offset(line, loc.col as usize);
    let mut end = char_offset(line, loc.end_col as usize);
    let mut anchors = None;
    if loc.line == loc.end_line {
        let segment: String = line
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        anchors = segment_anchors(&segment);
    } else {
        end = line.trim_end().chars().count();
    }
    let width = end.saturating_sub(start);
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if width >= stripped.chars().count() && !anchored {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

/// `_byte_offset_to_character_offset`: a UTF-8 byte column as a char index.
fn char_offset(s: &str, byte: usize) -> usize {
    let bytes = &s.as_bytes()[..byte.min(s.len())];
    String::from_utf8_lossy(bytes).chars().count()
}

/// `_extract_caret_anchors_from_line_segment`: (left_end, right_start) in
/// chars of `segment`, for a binary operation or a subscript.
fn segment_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = parse_unchecked(segment, ParseOptions::from(Mode::Module));
    if !parsed.errors().is_empty() {
        return None;
    }
    let Mod::Module(m) = parsed.syntax() else {
        return None;
    };
    let [Stmt::Expr(stmt)] = m.body.as_slice() else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    match stmt.value.as_ref() {
        Expr::BinOp(b) => {
            let op_start = char_offset(segment, b.left.range().end().to_usize());
            let op_end = char_offset(segment, b.right.range().start().to_usize());
            let op: Vec<char> = chars[op_start.min(op_end)..op_end].to_vec();
            let op_offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = op_start + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op.len() && !op[op_offset + 1].is_whitespace() {
                right += 1;
            }
            while let Some(ch) = at(left) {
                if !(ch.is_whitespace() || ch == ')' || ch == '#') {
                    break;
                }
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = char_offset(segment, s.value.range().end().to_usize());
            let mut right = char_offset(segment, s.slice.range().end().to_usize() + 1);
            while at(left).is_some_and(|ch| ch != '[') {
                left += 1;
            }
            while at(right).is_some_and(|ch| ch != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
