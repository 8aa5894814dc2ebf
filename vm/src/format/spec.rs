//! The format-spec mini-language used by `format()` / `str.format()`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! [`parse`] does the type-independent part of CPython 3.11's
//! `parse_internal_render_format_spec`; the per-type formatters in
//! `format_num` finish validation. All errors are `ValueError`s.

use super::unicode_digits::decimal_value;

/// A parsed format spec. Fields hold what was written; use
/// [`FormatSpec::fill_align`] to get the effective fill and alignment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment: one of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// Sign option: `+`, `-` or `' '`.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` preceded the width (and no explicit fill was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type, if given.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Effective `(fill, align)` given the type's default alignment
    /// (`'<'` for str, `'>'` for numbers). A leading `0` means fill `'0'`,
    /// and also `'='` alignment when the default alignment is `'>'`.
    pub fn fill_align(&self, default_align: char) -> (char, char) {
        let fill = match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        };
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && default_align == '>' => '=',
            None => default_align,
        };
        (fill, align)
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Render a presentation-type character the way CPython's error messages do.
pub(crate) fn type_char_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

/// `Unknown format code 'x' for object of type 'str'` (ValueError).
pub fn unknown_format_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(ty),
        type_name
    )
}

/// `Cannot specify ',' with 's'.` (ValueError).
pub(crate) fn invalid_grouping(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with '{}'.", sep, type_char_repr(ty))
}

/// Check the grouping option against a (possibly defaulted) presentation type.
pub(crate) fn check_grouping(sep: Option<char>, ty: Option<char>) -> Result<(), String> {
    let Some(sep) = sep else { return Ok(()) };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(t) => Err(invalid_grouping(sep, t)),
    }
}

/// Read a run of (Unicode) decimal digits; `Ok(None)` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc) })
}

/// Parse a non-empty format spec. `type_name` is the name of the object's
/// type, used in the "Invalid format specifier" message. Errors are
/// `ValueError` messages.
///
/// Note: an empty spec means `str(obj)` in CPython; callers should handle
/// that before (this function accepts it and returns the default spec).
pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();

    if end >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    check_grouping(out.grouping, out.ty)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str) -> String {
        parse(spec, "int").unwrap_err()
    }

    #[test]
    fn fields() {
        let s = parse("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_zero && s.alternate);
        // An explicit fill disables the '0' flag: the '0' starts the width.
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));

        let s = parse("08_x", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.fill_align('>'), ('0', '='));
        assert_eq!(s.fill_align('<'), ('0', '<'));
        assert_eq!(s.width, Some(8));
        assert_eq!(s.grouping, Some('_'));

        let s = parse("<", "str").unwrap();
        assert_eq!(s.fill_align('>'), (' ', '<'));
        let s = parse("x<", "str").unwrap();
        assert_eq!(s.fill_align('>'), ('x', '<'));
        let s = parse("<<", "str").unwrap();
        assert_eq!(s.fill_align('>'), ('<', '<'));
        // Unicode digits are accepted for the width, as in CPython.
        let s = parse("\u{661}\u{660}", "int").unwrap();
        assert_eq!(s.width, Some(10));
        assert_eq!(parse("", "int").unwrap(), FormatSpec::default());
    }

    #[test]
    fn errors() {
        assert_eq!(
            err("ab"),
            "Invalid format specifier 'ab' for object of type 'int'"
        );
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err("10.f"), "Format specifier missing precision");
        assert_eq!(
            err("10000000000000000000000"),
            "Too many decimal digits in format string"
        );
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err(",s"), "Cannot specify ',' with 's'.");
        assert_eq!(err("_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(err(",\x01"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(err(", "), "Cannot specify ',' with '\\x20'.");
        assert!(parse("_x", "int").is_ok());
        assert!(parse(",%", "int").is_ok());
        assert_eq!(
            unknown_format_code('\u{e9}', "int"),
            "Unknown format code '\\xe9' for object of type 'int'"
        );
    }
}
