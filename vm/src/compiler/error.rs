//! Compile errors, with CPython 3.11's messages for the parser's errors.

use super::source::SourceMap;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};
use std::fmt;

/// A `SyntaxError` (or `IndentationError`) found while compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// `"SyntaxError"` or `"IndentationError"`.
    pub kind: &'static str,
    pub msg: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column in code points (CPython's `SyntaxError.offset`).
    pub col: usize,
    /// 1-based end column (exclusive), in code points, on the error's line.
    pub end_col: usize,
    /// The offending source line, without its line terminator.
    pub text: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {}, column {})",
            self.kind, self.msg, self.line, self.col
        )
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// A `SyntaxError` at `range`.
    pub fn at(src: &SourceMap, range: TextRange, msg: impl Into<String>) -> CompileError {
        Self::with_kind(src, range, "SyntaxError", msg.into())
    }

    pub fn with_kind(
        src: &SourceMap,
        range: TextRange,
        kind: &'static str,
        msg: String,
    ) -> CompileError {
        let start = u32::from(range.start()).min(src.text.len() as u32);
        let line = src.line_of(start);
        let col = src.char_col(start);
        let end = u32::from(range.end()).min(src.text.len() as u32);
        let end_col = if src.line_of(end) == line && end > start {
            src.char_col(end)
        } else {
            col + 1
        };
        CompileError {
            kind,
            msg,
            line,
            col,
            end_col,
            text: src.line_text(line).to_string(),
        }
    }
}

/// Maps the parser's first error (in source order) to a CPython-style error.
pub fn from_parse_errors(src: &SourceMap, errors: &[ParseError]) -> CompileError {
    let err = errors
        .iter()
        .min_by_key(|e| e.location.start())
        .expect("at least one error");
    let mut range = err.location;
    let mut kind = "SyntaxError";
    let msg = match &err.error {
        ParseErrorType::UnexpectedIndentation => {
            kind = "IndentationError";
            "unexpected indent".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = "IndentationError";
            "unindent does not match any outer indentation level".to_string()
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            kind = "IndentationError";
            indented_block_message(src, range, &m["Expected an indented block after ".len()..])
        }
        ParseErrorType::ExpectedToken { expected, .. } => match expected {
            TokenKind::Colon => "expected ':'".to_string(),
            TokenKind::Indent => {
                kind = "IndentationError";
                "expected an indented block".to_string()
            }
            _ => "invalid syntax".to_string(),
        },
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let text = src
                .slice(range)
                .trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let end = usize::from(range.end()).min(src.text.len());
            let content_end = src.text[..end].trim_end_matches(['\n', '\r']).len();
            let detected = src.line_of(content_end as u32);
            if text.starts_with("'''") || text.starts_with("\"\"\"") {
                format!("unterminated triple-quoted string literal (detected at line {detected})")
            } else {
                format!("unterminated string literal (detected at line {detected})")
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => match unclosed_bracket(src.text) {
            Some((pos, c)) => {
                range = TextRange::new(TextSize::new(pos as u32), TextSize::new(pos as u32 + 1));
                format!("'{c}' was never closed")
            }
            None => "unexpected EOF while parsing".to_string(),
        },
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            let c = *tok;
            if c.is_ascii() && !c.is_ascii_control() {
                "invalid syntax".to_string()
            } else if c.is_control() {
                format!("invalid non-printable character U+{:04X}", c as u32)
            } else {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            }
        }
        ParseErrorType::InvalidAssignmentTarget => invalid_target(src, range, Target::Assign),
        ParseErrorType::InvalidDeleteTarget => invalid_target(src, range, Target::Delete),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            invalid_target(src, range, Target::Annotated)
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            format!(
                "cannot use assignment expressions with {}",
                expr_kind_of_text(src.slice(range))
            )
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_kind_of_text(src.slice(range))
            )
        }
        ParseErrorType::DuplicateKeywordArgumentError(name) => {
            format!("keyword argument repeated: {name}")
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument".to_string()
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".to_string()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking".to_string()
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".to_string()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument".to_string()
        }
        ParseErrorType::VarParameterWithDefault => {
            "var-positional argument cannot have default value".to_string()
        }
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *".to_string(),
        ParseErrorType::ExpectedImaginaryNumber => {
            "imaginary number required in complex literal".to_string()
        }
        ParseErrorType::FStringError(e)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => {
            format!("f-string: {e}")
        }
        _ => "invalid syntax".to_string(),
    };
    if msg == "invalid syntax" {
        range = first_token(src, range);
    }
    CompileError::with_kind(src, range, kind, msg)
}

/// The first token of `range` (an identifier, a number, or one character),
/// which CPython's caret marks for a generic syntax error.
fn first_token(src: &SourceMap, range: TextRange) -> TextRange {
    let text = src.slice(range);
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let len = match text.chars().next() {
        Some(c) if word(c) => text.find(|c: char| !word(c)).unwrap_or(text.len()),
        Some(c) => c.len_utf8(),
        None => return range,
    };
    TextRange::at(range.start(), TextSize::new(len as u32))
}

/// CPython: "expected an indented block after 'if' statement on line 3".
fn indented_block_message(src: &SourceMap, range: TextRange, clause: &str) -> String {
    let (what, keywords): (&str, &[&str]) = match clause {
        "`if` statement" => ("'if' statement", &["if"]),
        "`elif` clause" => ("'elif' statement", &["elif"]),
        "`else` clause" => ("'else' statement", &["else"]),
        "`for` statement" => ("'for' statement", &["for", "async for"]),
        "`while` statement" => ("'while' statement", &["while"]),
        "`with` statement" => ("'with' statement", &["with", "async with"]),
        "`class` definition" => ("class definition", &["class"]),
        "function definition" => ("function definition", &["def", "async def"]),
        "`try` statement" => ("'try' statement", &["try"]),
        "`except` clause" => ("'except' statement", &["except"]),
        "`finally` clause" => ("'finally' statement", &["finally"]),
        "`case` block" => ("'case' statement", &["case"]),
        "`match` statement" => ("'match' statement", &["match"]),
        _ => return "expected an indented block".to_string(),
    };
    // The header is the nearest earlier line that starts with the keyword.
    let err_line = src.line_of(u32::from(range.start()).min(src.text.len() as u32));
    let header = (1..err_line)
        .rev()
        .find(|&l| {
            let t = src.line_text(l).trim_start();
            keywords.iter().any(|k| {
                t.starts_with(k)
                    && !t[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
        .unwrap_or(err_line.saturating_sub(1).max(1));
    format!("expected an indented block after {what} on line {header}")
}

/// The first bracket never closed, skipping strings and comments.
fn unclosed_bracket(text: &str) -> Option<(usize, char)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q
                        && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    if b[i] == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
            }
            c @ (b'(' | b'[' | b'{') => stack.push((i, c as char)),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .first()
        .copied()
        .map(|(pos, c)| (text[..pos].len(), c))
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Assign,
    Delete,
    Annotated,
}

fn invalid_target(src: &SourceMap, range: TextRange, target: Target) -> String {
    let text = src.slice(range);
    let what = expr_kind_of_text(text);
    match target {
        Target::Delete => format!("cannot delete {what}"),
        Target::Annotated => "illegal target for annotation".to_string(),
        Target::Assign => {
            // `1 = x` and `f() = 1` (the whole left-hand side of `=`) get
            // CPython's "Maybe you meant '=='" hint.
            let start = usize::from(range.start());
            let line_start = src.line_start(src.line_of(start as u32)) as usize;
            let before = src.text.get(line_start..start).unwrap_or("").trim();
            let after = src
                .text
                .get(usize::from(range.end())..)
                .unwrap_or("")
                .trim_start();
            let whole = (before.is_empty() || before.ends_with('='))
                && after.starts_with('=')
                && !after.starts_with("==");
            if whole && !matches!(what, "True" | "False" | "None" | "__debug__") {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            }
        }
    }
}

/// CPython's `_PyPegen_get_expr_name` for an expression given as source text.
fn expr_kind_of_text(text: &str) -> &'static str {
    use ruff_python_ast::Expr;
    let Ok(parsed) = ruff_python_parser::parse_expression(text) else {
        return "expression";
    };
    match parsed.syntax().body.as_ref() {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}
