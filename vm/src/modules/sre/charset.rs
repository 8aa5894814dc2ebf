//! Character predicates: categories (`\d \s \w`), case folding and set
//! membership, in the ASCII and Unicode variants CPython's `_sre` has.

use super::ast::{Category, SetItem};
use crate::builtins::strings::unicode::{is_alnum, is_decimal, is_space};

/// How characters are classified: ASCII (bytes patterns, `re.ASCII`) or
/// Unicode (str patterns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Ascii,
    Unicode,
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

pub fn is_word(c: u32, mode: Mode) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    mode == Mode::Unicode && is_alnum(ch(c))
}

pub fn category(cat: Category, c: u32, mode: Mode) -> bool {
    let uni = mode == Mode::Unicode;
    match cat {
        Category::Digit => {
            if c < 128 {
                (c as u8).is_ascii_digit()
            } else {
                uni && is_decimal(ch(c))
            }
        }
        Category::NotDigit => !category(Category::Digit, c, mode),
        Category::Space => {
            if uni {
                is_space(ch(c))
            } else {
                matches!(c, 9..=13 | 32)
            }
        }
        Category::NotSpace => !category(Category::Space, c, mode),
        Category::Word => is_word(c, mode),
        Category::NotWord => !is_word(c, mode),
    }
}

/// The simple (one character) lowercase mapping.
pub fn lower(c: u32, mode: Mode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if mode == Mode::Ascii {
        return c;
    }
    if c == 0x130 {
        return 'i' as u32;
    }
    let mut it = ch(c).to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// The simple (one character) uppercase mapping.
pub fn upper(c: u32, mode: Mode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if mode == Mode::Ascii {
        return c;
    }
    let mut it = ch(c).to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// The key two characters compare equal under when ignoring case.
pub fn fold(c: u32, mode: Mode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    lower(upper(c, mode), mode)
}

/// A compiled character set.
#[derive(Debug, Clone)]
pub struct CharSet {
    pub negate: bool,
    pub icase: bool,
    pub mode: Mode,
    pub items: Vec<SetItem>,
    /// Bitmap of the Latin-1 members (after case variants), for speed.
    low: [u64; 4],
}

impl CharSet {
    pub fn new(negate: bool, icase: bool, mode: Mode, mut items: Vec<SetItem>) -> CharSet {
        if icase {
            let extra: Vec<SetItem> = items
                .iter()
                .filter_map(|it| match *it {
                    SetItem::Literal(c) if fold(c, mode) != c => {
                        Some(SetItem::Literal(fold(c, mode)))
                    }
                    _ => None,
                })
                .collect();
            items.extend(extra);
        }
        let mut set = CharSet {
            negate,
            icase,
            mode,
            items,
            low: [0; 4],
        };
        for c in 0..256u32 {
            if set.slow_contains(c) {
                set.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        set
    }

    fn raw_contains(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Literal(l) => l == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Category(cat) => category(cat, c, self.mode),
        })
    }

    fn slow_contains(&self, c: u32) -> bool {
        let hit = self.raw_contains(c)
            || (self.icase
                && (self.raw_contains(lower(c, self.mode))
                    || self.raw_contains(upper(c, self.mode))
                    || self.raw_contains(fold(c, self.mode))));
        hit != self.negate
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow_contains(c)
    }
}
