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

/// Opaque outside this module: only its constructors can make one, so the
/// inline bytes are always whole UTF-8 (which `as_str` relies on).
pub struct Text(Repr);

enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

const _: () = assert!(std::mem::size_of::<Text>() == 32);

impl Text {
    pub fn new(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text(Repr::Inline {
                len: s.len() as u8,
                buf,
            })
        } else {
            Text(Repr::Heap(s.into()))
        }
    }

    /// `a` followed by `b`, written straight into the inline buffer when
    /// it fits (two whole strs side by side are whole UTF-8, so no
    /// re-validation is needed).
    pub fn concat(a: &str, b: &str) -> Text {
        let n = a.len() + b.len();
        if n <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..a.len()].copy_from_slice(a.as_bytes());
            buf[a.len()..n].copy_from_slice(b.as_bytes());
            Text(Repr::Inline { len: n as u8, buf })
        } else {
            let mut s = String::with_capacity(n);
            s.push_str(a);
            s.push_str(b);
            Text(Repr::Heap(s.into_boxed_str()))
        }
    }

    /// Takes ownership of a boxed string (kept as is when it is long).
    pub fn from_box(s: Box<str>) -> Text {
        if s.len() <= INLINE {
            Text::new(&s)
        } else {
            Text(Repr::Heap(s))
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                // SAFETY: `Inline` is only built by `new`, which copies the
                // bytes of a `&str` (valid UTF-8, whole code points) into
                // `buf[..len]`, and by `concat`, which copies two whole
                // `&str`s one after the other (whole code points followed by
                // whole code points are valid UTF-8); the text is immutable
                // afterwards.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Repr::Heap(s) => s,
        }
    }

    /// Bytes allocated outside the object (for the collector's budget).
    pub fn external_bytes(&self) -> usize {
        match &self.0 {
            Repr::Inline { .. } => 0,
            Repr::Heap(s) => s.len(),
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
            Text(Repr::Heap(self.into_boxed_str()))
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
            assert_eq!(matches!(t.0, Repr::Inline { .. }), s.len() <= INLINE);
            assert_eq!(Text::from_box(s.into()).as_str(), s);
            for (a, b) in [(s, "é"), ("ü", s), (s, s)] {
                let c = Text::concat(a, b);
                assert_eq!(c.as_str(), format!("{a}{b}"));
                assert_eq!(
                    matches!(c.0, Repr::Inline { .. }),
                    a.len() + b.len() <= INLINE
                );
            }
        }
    }
}
