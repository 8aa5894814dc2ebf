//! Unicode helpers shared by the number parsers and the format-spec parser:
//! decimal digit values (Unicode category Nd) and `str.isspace()`, both as in
//! CPython 3.11 (Unicode 14.0).

/// Code points of the digit ZERO of every non-ASCII run of ten Nd characters.
const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `unicodedata.decimal(c)`: the value of a decimal digit character (any script).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x660 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// `c.isspace()` in Python.
pub(crate) fn is_py_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII characters
/// are kept, other whitespace becomes `' '`, other decimal digits become
/// their ASCII digit, and anything else becomes `'?'`.
/// ASCII text (the usual case) is returned as is, without a copy.
pub(crate) fn transform_decimal_and_space_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if is_py_space(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

/// C's `isspace` in the C locale (CPython's `Py_ISSPACE`).
pub(crate) fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{ff19}'), Some(9));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('\u{1fbfa}'), None);
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is not Nd
        assert_eq!(decimal_value('\u{66a}'), None);
    }

    #[test]
    fn spaces() {
        assert!(is_py_space('\u{3000}'));
        assert!(is_py_space('\x1c'));
        assert!(!is_py_space('\u{200b}'));
        assert_eq!(
            transform_decimal_and_space_to_ascii("\u{a0}\u{661}\u{662}x\u{e9}"),
            " 12x?"
        );
    }
}
