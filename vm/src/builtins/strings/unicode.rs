//! Character classes and case mappings with Python's definitions, as far
//! as the Rust standard library's Unicode tables allow.

/// `c.isspace()`.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
    )
}

/// Line boundaries of `str.splitlines`.
#[inline]
pub(crate) fn is_linebreak(c: char) -> bool {
    matches!(c as u32, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a decimal digit (category Nd) of any script.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x660 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = DECIMAL_ZEROS[idx.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// `c.isdecimal()`.
#[inline]
pub(crate) fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `c.isdigit()`: decimals plus superscripts, circled digits, ...
pub(crate) fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(
            c as u32,
            0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468
                | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788
                | 0x278a..=0x2792 | 0x10a40..=0x10a43 | 0x10e60..=0x10e68 | 0x11052..=0x1105a | 0x1f100..=0x1f10a
        )
}

/// `c.isnumeric()`: categories Nd, Nl, No and the Han numerals.
pub(crate) fn is_numeric(c: char) -> bool {
    c.is_numeric()
        || matches!(
            c as u32,
            0x3007
                | 0x4e00
                | 0x4e8c
                | 0x4e09
                | 0x56db
                | 0x4e94
                | 0x516d
                | 0x4e03
                | 0x516b
                | 0x4e5d
                | 0x5341
                | 0x767e
                | 0x5343
                | 0x4e07
                | 0x5104
                | 0x5146
                | 0x96f6
                | 0x58f9
                | 0x8cb3
                | 0x53c3
                | 0x8086
                | 0x4f0d
                | 0x9678
                | 0x67d2
                | 0x634c
                | 0x7396
                | 0x62fe
                | 0x4f70
                | 0x4edf
                | 0x5eff
                | 0x5345
                | 0x4e24
                | 0x5169
        )
}

/// `c.isalpha()`: letters (categories L*).
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !is_mark(c)
}

/// `c.isalnum()`.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Common combining-mark blocks (an approximation of categories Mn/Mc/Me).
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x300..=0x36f | 0x483..=0x489 | 0x591..=0x5bd | 0x5bf | 0x5c1..=0x5c2 | 0x5c4..=0x5c5 | 0x5c7 | 0x610..=0x61a
            | 0x64b..=0x65f | 0x670 | 0x6d6..=0x6dc | 0x6df..=0x6e4 | 0x6e7..=0x6e8 | 0x6ea..=0x6ed | 0x900..=0x903
            | 0x93a..=0x93c | 0x93e..=0x94f | 0x951..=0x957 | 0x962..=0x963 | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff
            | 0x20d0..=0x20ff | 0xfe20..=0xfe2f
    )
}

/// Titlecase letters (category Lt).
pub(crate) fn is_title(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// `_PyUnicode_IsCased`.
#[inline]
pub(crate) fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title(c)
}

/// Case-ignorable characters (for the final-sigma rule), approximately.
pub(crate) fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{ad}'
            | '\u{b7}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || is_mark(c)
}

/// The full titlecase mapping of `c`, appended to `out`.
pub(crate) fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    let mapped = match cp {
        0x1c4..=0x1c6 => Some(0x1c5),
        0x1c7..=0x1c9 => Some(0x1c8),
        0x1ca..=0x1cc => Some(0x1cb),
        0x1f1..=0x1f3 => Some(0x1f2),
        0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => Some(cp + 8),
        0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf => Some(cp),
        0x1fb3 => Some(0x1fbc),
        0x1fc3 => Some(0x1fcc),
        0x1ff3 => Some(0x1ffc),
        0x1fbc | 0x1fcc | 0x1ffc => Some(cp),
        _ => None,
    };
    if let Some(m) = mapped.and_then(char::from_u32) {
        out.push(m);
        return;
    }
    if c == '\u{149}' {
        out.push_str("\u{2bc}N");
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for rest in up {
            out.extend(rest.to_lowercase());
        }
    }
}

/// Lowercase of the character at `i` of `chars`, with the final-sigma rule.
pub(crate) fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
        return;
    }
    out.extend(c.to_lowercase());
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// Full case folding of `c`, appended to `out`.
pub(crate) fn push_casefold(out: &mut String, c: char) {
    let s: &str = match c {
        '\u{df}' | '\u{1e9e}' => "ss",
        '\u{3c2}' => "\u{3c3}",
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        '\u{149}' => "\u{2bc}n",
        '\u{17f}' => "s",
        '\u{345}' | '\u{1fbe}' => "\u{3b9}",
        '\u{3d0}' => "\u{3b2}",
        '\u{3d1}' => "\u{3b8}",
        '\u{3d5}' => "\u{3c6}",
        '\u{3d6}' => "\u{3c0}",
        '\u{3f0}' => "\u{3ba}",
        '\u{3f1}' => "\u{3c1}",
        '\u{3f5}' => "\u{3b5}",
        '\u{1e9b}' => "\u{1e61}",
        '\u{b5}' => "\u{3bc}",
        '\u{587}' => "\u{565}\u{582}",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(s);
}

/// `str.isidentifier()` (XID_Start / XID_Continue, approximated).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    let Some(first) = it.next() else { return false };
    if !(first == '_' || (first.is_alphabetic() && !is_mark(first))) {
        return false;
    }
    it.all(|c| {
        c == '_'
            || c.is_alphabetic()
            || is_decimal(c)
            || is_mark(c)
            || matches!(
                c,
                '\u{b7}'
                    | '\u{387}'
                    | '\u{203f}'
                    | '\u{2040}'
                    | '\u{2054}'
                    | '\u{fe33}'
                    | '\u{fe34}'
                    | '\u{fe4d}'..='\u{fe4f}' | '\u{ff3f}'
            )
    })
}
