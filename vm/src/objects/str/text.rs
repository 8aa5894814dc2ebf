//! The text of a `str`: short strings live inline in the object's heap cell
//! (no separate allocation: most identifiers, words and dict keys), longer
//! ones in a `Box<str>`.
//!
//! Layout: `Inline` holds up to `INLINE` bytes and their length; the type is
//! 32 bytes either way (size-asserted below), so a `StrObj` fits an 80-byte
//! cell. This module is the only place that turns the inline bytes back
//! into a `&str`.

/// Bytes stored inline.
pub const INLINE: usize = 30;

pub enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

const _: () = assert!(std::mem::size_of::<Text>() == 32);

impl Text {
    pub fn new(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(s.into())
        }
    }

    /// Takes ownership of a boxed string (kept as is when it is long).
    pub fn from_box(s: Box<str>) -> Text {
        if s.len() <= INLINE {
            Text::new(&s)
        } else {
            Text::Heap(s)
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                // SAFETY: `Inline` is only built by `new`, which copies the
                // bytes of a `&str` (valid UTF-8, whole code points) into
                // `buf[..len]`; the text is immutable afterwards.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Text::Heap(s) => s,
        }
    }

    /// Bytes allocated outside the object (for the collector's budget).
    pub fn external_bytes(&self) -> usize {
        match self {
            Text::Inline { .. } => 0,
            Text::Heap(s) => s.len(),
        }
    }
}

/// Text a new `str` can be made from: borrowed text is copied (inline
/// when short, with no intermediate heap string), owned text is moved in
/// when long and copied inline (and freed) when short.
pub trait IntoText {
    fn into_text(self) -> Text;
}

impl IntoText for &str {
    #[inline]
    fn into_text(self) -> Text {
        Text::new(self)
    }
}

impl IntoText for &String {
    #[inline]
    fn into_text(self) -> Text {
        Text::new(self)
    }
}

impl IntoText for &&str {
    #[inline]
    fn into_text(self) -> Text {
        Text::new(self)
    }
}

impl IntoText for Box<str> {
    #[inline]
    fn into_text(self) -> Text {
        Text::from_box(self)
    }
}

impl IntoText for String {
    #[inline]
    fn into_text(self) -> Text {
        if self.len() <= INLINE {
            Text::new(&self)
        } else {
            Text::Heap(self.into_boxed_str())
        }
    }
}

impl IntoText for std::borrow::Cow<'_, str> {
    #[inline]
    fn into_text(self) -> Text {
        match self {
            std::borrow::Cow::Borrowed(s) => Text::new(s),
            std::borrow::Cow::Owned(s) => s.into_text(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_round_trip() {
        for s in [
            "",
            "a",
            "héllo wörld",
            &"x".repeat(INLINE),
            &"y".repeat(INLINE + 1),
        ] {
            let t = Text::new(s);
            assert_eq!(t.as_str(), s);
            assert_eq!(matches!(t, Text::Inline { .. }), s.len() <= INLINE);
            assert_eq!(Text::from_box(s.into()).as_str(), s);
        }
    }
}
