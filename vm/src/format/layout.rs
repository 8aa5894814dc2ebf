//! Number layout shared by the int and float formatters: sign, prefix,
//! padding, sign-aware zero padding and thousands grouping (CPython's
//! `calc_number_widths` + `fill_number` + `_PyUnicode_InsertThousandsGrouping`).

/// The pieces of a formatted number, without padding.
pub(crate) struct NumberParts<'a> {
    /// The number is negative (a `-` will be written).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already in the right case) or empty.
    pub prefix: &'a str,
    /// Integer-part digits (ASCII); may be empty (`inf`, `nan`, `c` type).
    pub digits: &'a str,
    /// A decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits): fraction,
    /// exponent, `%`, or the non-digit text of `inf` / `nan` / `c`.
    pub remainder: &'a str,
}

/// Resolved layout options.
pub(crate) struct Layout {
    pub fill: char,
    pub align: char,
    /// `+`, `-`, `' '` or none.
    pub sign: Option<char>,
    pub width: Option<usize>,
    /// `(separator, group size)`; `None` means no grouping.
    pub grouping: Option<(char, usize)>,
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// Insert separators into `digits`, zero-extending to at least `min_width`
/// characters (the separators count towards the width).
fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    // Chunks are produced right to left, each as (zeros, chars, separator_before).
    let mut chunks: Vec<(usize, usize, bool)> = Vec::new();
    let mut use_sep = false;
    let mut broken = false;
    if let Some((_, group)) = grouping {
        let group = group as isize;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            chunks.push((n_zeros as usize, n_chars as usize, use_sep));
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        chunks.push((n_zeros as usize, n_chars as usize, use_sep));
    }
    let sep = grouping.map(|(c, _)| c).unwrap_or(',');
    let mut out = String::new();
    let mut end = digits.len();
    let mut pieces: Vec<String> = Vec::with_capacity(chunks.len());
    for (zeros, n, sep_before) in chunks {
        let mut piece = String::with_capacity(zeros + n + 1);
        push_n(&mut piece, '0', zeros);
        let start = end - n;
        piece.push_str(std::str::from_utf8(&digits[start..end]).unwrap_or(""));
        end = start;
        if sep_before {
            piece.push(sep);
        }
        pieces.push(piece);
    }
    for p in pieces.iter().rev() {
        out.push_str(p);
    }
    out
}

/// Lay out a number: `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
pub(crate) fn layout_number(parts: &NumberParts, lay: &Layout) -> String {
    let sign_ch = match lay.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_remainder = parts.remainder.chars().count();
    let n_non_digit =
        sign_ch.is_some() as usize + parts.prefix.len() + parts.has_decimal as usize + n_remainder;
    let width = lay.width.map(|w| w as isize).unwrap_or(-1);
    let min_width = if lay.fill == '0' && lay.align == '=' {
        width - n_non_digit as isize
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, lay.grouping)
    };
    let used = (n_non_digit + grouped.len()) as isize;
    let padding = (width - used).max(0) as usize;
    let (lpad, spad, rpad) = match lay.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(used as usize + padding + 4);
    push_n(&mut out, lay.fill, lpad);
    if let Some(c) = sign_ch {
        out.push(c);
    }
    out.push_str(parts.prefix);
    push_n(&mut out, lay.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_n(&mut out, lay.fill, rpad);
    out
}

/// Pad already-formatted text (counted in code points) to `width`.
pub(crate) fn pad_text(s: &str, width: Option<usize>, fill: char, align: char) -> String {
    let len = s.chars().count();
    let total = width.unwrap_or(0).max(len);
    let pad = total - len;
    let left = match align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(s.len() + pad);
    push_n(&mut out, fill, left);
    out.push_str(s);
    push_n(&mut out, fill, pad - left);
    out
}

#[cfg(test)]
mod tests {
    use super::group_digits;

    #[test]
    fn grouping() {
        let g = Some((',', 3));
        assert_eq!(group_digits("1234567", 0, g), "1,234,567");
        assert_eq!(group_digits("123", 0, g), "123");
        assert_eq!(group_digits("1234", 8, g), "0,001,234");
        assert_eq!(group_digits("1234", 9, g), "0,001,234");
        assert_eq!(group_digits("1234", 7, g), "001,234");
        assert_eq!(group_digits("1234", 6, None), "001234");
        assert_eq!(group_digits("ff", 0, Some(('_', 4))), "ff");
        assert_eq!(group_digits("11111111", 0, Some(('_', 4))), "1111_1111");
    }
}
