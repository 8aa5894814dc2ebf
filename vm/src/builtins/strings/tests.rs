//! Unit tests of the pure helpers (no VM needed).

use super::methods_pad::expand_tabs;
use super::methods_split::{rsplit_whitespace, split_lines, split_whitespace};
use super::unicode::*;
use super::util::adjust_indices;

#[test]
fn whitespace_split() {
    assert_eq!(split_whitespace("  a b  c ", usize::MAX), ["a", "b", "c"]);
    assert_eq!(split_whitespace("  a b  c  ", 1), ["a", "b  c  "]);
    assert_eq!(split_whitespace("", usize::MAX), Vec::<&str>::new());
    assert_eq!(split_whitespace("\u{3000}x\u{85}y", usize::MAX), ["x", "y"]);
    assert_eq!(
        split_whitespace(" \x1f\x0ba\tb\x1c", usize::MAX),
        ["a", "b"]
    );
    assert_eq!(split_whitespace("a", 0), ["a"]);
    assert_eq!(split_whitespace("  ", 0), Vec::<&str>::new());
    assert_eq!(rsplit_whitespace("  a b  c  ", 1), ["  a b", "c"]);
    assert_eq!(rsplit_whitespace("a b c", 0), ["a b c"]);
}

#[test]
fn lines() {
    assert_eq!(split_lines("a\r\nb\rc\nd", false), ["a", "b", "c", "d"]);
    assert_eq!(split_lines("a\r\nb\n", true), ["a\r\n", "b\n"]);
    assert_eq!(split_lines("x\u{2028}y\u{1c}z", false), ["x", "y", "z"]);
    assert!(split_lines("", false).is_empty());
}

#[test]
fn tabs() {
    assert_eq!(expand_tabs("a\tb", 4), "a   b");
    assert_eq!(expand_tabs("ab\ncd\tx", 4), "ab\ncd  x");
    assert_eq!(expand_tabs("a\tb", 0), "ab");
}

#[test]
fn indices() {
    assert_eq!(adjust_indices(None, None, 5), (0, 5));
    assert_eq!(adjust_indices(Some(-2), Some(100), 5), (3, 5));
    assert_eq!(adjust_indices(Some(-100), Some(-1), 5), (0, 4));
    assert_eq!(adjust_indices(Some(7), None, 5), (7, 5));
}

#[test]
fn classes() {
    assert!(is_space('\u{1f}') && is_space('\u{3000}') && !is_space('\u{200b}'));
    assert_eq!(decimal_value('\u{663}'), Some(3));
    assert!(is_digit('\u{b2}') && !is_decimal('\u{b2}'));
    assert!(is_numeric('\u{bd}') && is_numeric('\u{4e09}') && !is_numeric('a'));
    assert!(is_alpha('\u{e9}') && !is_alpha('\u{2160}') && !is_alpha('1'));
    assert!(is_title('\u{1c5}') && is_cased('\u{1c5}'));
    assert!(is_identifier("caf\u{e9}_1") && !is_identifier("1x") && !is_identifier("x\u{b2}"));
    let mut s = String::new();
    push_title(&mut s, '\u{df}');
    push_casefold(&mut s, '\u{df}');
    assert_eq!(s, "Ssss");
}

#[test]
fn codecs_round_trip() {
    use super::codecs::{decode, encode, lookup, Codec};
    assert_eq!(lookup("UTF8").ok(), Some(Codec::Utf8));
    assert_eq!(lookup("Latin_1").ok(), Some(Codec::Latin1));
    assert_eq!(
        encode("a\u{e9}\u{20ac}", Codec::Ascii, "replace").ok(),
        Some(b"a??".to_vec())
    );
    assert_eq!(
        encode("\u{e9}", Codec::Latin1, "strict").ok(),
        Some(vec![0xe9])
    );
    assert_eq!(
        decode(b"a\xffb", Codec::Utf8, "replace").ok().as_deref(),
        Some("a\u{fffd}b")
    );
    assert_eq!(
        decode(b"a\xe2\x82b", Codec::Utf8, "ignore").ok().as_deref(),
        Some("ab")
    );
    assert_eq!(
        decode(b"\xe9", Codec::Latin1, "strict").ok().as_deref(),
        Some("\u{e9}")
    );
    assert_eq!(
        decode(b"a\x80", Codec::Ascii, "backslashreplace")
            .ok()
            .as_deref(),
        Some("a\\x80")
    );
}
