//! Unit tests for the parser, compiler and matcher.

use super::ast::{AtKind, Node, RepeatKind, MAXREPEAT};
use super::compile::compile;
use super::matcher::{Anchor, Matcher};
use super::parser::{parse, ParseError};

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn nodes(p: &str) -> Vec<Node> {
    parse(&chars(p), true, 0).expect("parses").nodes
}

fn err(p: &str) -> (String, Option<usize>) {
    match parse(&chars(p), true, 0).and_then(|parsed| compile(&parsed, true).map(|_| ())) {
        Err(ParseError::Re { msg, pos }) => (msg, pos),
        other => panic!("expected re.error for {p:?}, got {other:?}"),
    }
}

/// Search `p` in `s`: the spans of every group (None when unset).
fn search(p: &str, s: &str) -> Option<Vec<Option<(usize, usize)>>> {
    let parsed = parse(&chars(p), true, 0).expect("parses");
    let prog = compile(&parsed, true).expect("compiles");
    let text = chars(s);
    let f = Matcher::new(&prog, &text).run(0, Anchor::Search, false)?;
    Some((0..prog.groups).map(|g| f.span(g)).collect())
}

fn span(p: &str, s: &str) -> Option<(usize, usize)> {
    search(p, s).and_then(|g| g[0])
}

#[test]
fn parses_literals_and_repeats() {
    assert_eq!(nodes("ab"), vec![Node::Literal(97), Node::Literal(98)]);
    assert_eq!(
        nodes("a*?"),
        vec![Node::Repeat {
            min: 0,
            max: MAXREPEAT,
            kind: RepeatKind::Lazy,
            body: vec![Node::Literal(97)],
        }]
    );
    assert_eq!(
        nodes("(?:ab){2,3}+"),
        vec![Node::Repeat {
            min: 2,
            max: 3,
            kind: RepeatKind::Possessive,
            body: vec![Node::Literal(97), Node::Literal(98)],
        }]
    );
    assert_eq!(
        nodes("^$"),
        vec![Node::At(AtKind::Beginning), Node::At(AtKind::End)]
    );
    // `{` that is not a repeat is a literal.
    assert_eq!(
        nodes("a{,"),
        vec![Node::Literal(97), Node::Literal(123), Node::Literal(44)]
    );
}

#[test]
fn parses_sets_and_escapes() {
    assert_eq!(nodes("[a]"), vec![Node::Literal(97)]);
    assert_eq!(nodes("[^a]"), vec![Node::NotLiteral(97)]);
    assert_eq!(
        nodes(r"\x41\101\n"),
        vec![Node::Literal(65); 2]
            .into_iter()
            .chain([Node::Literal(10)])
            .collect::<Vec<_>>()
    );
    let parsed = parse(&chars("(?P<year>a)(b)"), true, 0).expect("parses");
    assert_eq!(parsed.groups, 3);
    assert_eq!(parsed.names, vec![("year".to_string(), 1)]);
}

#[test]
fn reports_cpython_errors() {
    assert_eq!(
        err("a("),
        ("missing ), unterminated subpattern".into(), Some(1))
    );
    assert_eq!(err("a)"), ("unbalanced parenthesis".into(), Some(1)));
    assert_eq!(err("*"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(err("[b-a]"), ("bad character range b-a".into(), Some(1)));
    assert_eq!(err(r"\q"), (r"bad escape \q".into(), Some(0)));
    assert_eq!(err(r"(a)\2"), ("invalid group reference 2".into(), Some(4)));
    assert_eq!(
        err("(?<=a+)"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
    assert_eq!(
        err("a(?i)"),
        (
            "global flags not at the start of the expression".into(),
            Some(1)
        )
    );
    assert_eq!(
        err("(?P<a>x)(?P<a>y)").0,
        "redefinition of group name 'a' as group 2; was group 1"
    );
    assert!(matches!(
        parse(&chars("a{99999999999}"), true, 0),
        Err(ParseError::Overflow(_))
    ));
    assert!(matches!(
        parse(&chars("a"), true, 4),
        Err(ParseError::Value(_))
    ));
}

#[test]
fn matches_basics() {
    assert_eq!(span("b+", "abbbc"), Some((1, 4)));
    assert_eq!(span("b+?", "abbbc"), Some((1, 2)));
    assert_eq!(span("x", "abc"), None);
    assert_eq!(span("a|ab", "ab"), Some((0, 1)));
    assert_eq!(span(r"\bfoo\b", "a foo b"), Some((2, 5)));
    assert_eq!(span("(?m)^b$", "a\nb\nc"), Some((2, 3)));
    assert_eq!(span("a$", "a\n"), Some((0, 1)));
    assert_eq!(span(r"\d+", "ab١٢3"), Some((2, 5)));
    assert_eq!(span("(?i)straSSe", "STRASSE"), Some((0, 7)));
}

#[test]
fn matches_groups_and_backrefs() {
    assert_eq!(
        search(r"(\w+) \1", "hey hey"),
        Some(vec![Some((0, 7)), Some((0, 3))])
    );
    assert_eq!(
        search(r"(a)?(?(1)b|c)", "c"),
        Some(vec![Some((0, 1)), None])
    );
    assert_eq!(
        search(r"(?:(a)|b)*", "ab"),
        Some(vec![Some((0, 2)), Some((0, 1))])
    );
}

#[test]
fn matches_lookaround_and_atomic() {
    assert_eq!(span(r"(?<=\$)\d+", "cost $15"), Some((6, 8)));
    assert_eq!(span(r"(?<!\$)\b\d+", "$15 30"), Some((4, 6)));
    assert_eq!(span(r"\w+(?=,)", "ab, c"), Some((0, 2)));
    assert_eq!(span(r"a(?!b)", "abac"), Some((2, 3)));
    assert_eq!(span(r"(?>a+)ab", "aaab"), None);
    assert_eq!(span(r"a*+a", "aaa"), None);
    assert_eq!(span(r"(?:ab)*+c", "ababc"), Some((0, 5)));
}

#[test]
fn long_subjects_use_no_native_recursion() {
    let s = "ab".repeat(200_000) + "c";
    assert_eq!(span(r"(?:a|b)*c", &s), Some((0, s.len())));
    assert_eq!(span(r"(?:a|b)*?c", &s), Some((0, s.len())));
}

#[test]
fn fullmatch_and_must_advance() {
    let parsed = parse(&chars("a*"), true, 0).expect("parses");
    let prog = compile(&parsed, true).expect("compiles");
    let text = chars("baa");
    let mut m = Matcher::new(&prog, &text);
    assert_eq!(m.run(0, Anchor::Full, false), None);
    let f = m.run(0, Anchor::Search, true).expect("finds");
    assert_eq!(f.span(0), Some((1, 3)));
}

#[test]
fn poll_can_abort_a_long_match() {
    // Exponential backtracking: the poll runs and its refusal stops it.
    let parsed = parse(&chars("(a|aa)+$"), true, 0).expect("parses");
    let prog = compile(&parsed, true).expect("compiles");
    let text = chars(&("a".repeat(40) + "b"));
    let mut polls = 0;
    let mut poll = || {
        polls += 1;
        polls < 3
    };
    let mut m = Matcher::new(&prog, &text).with_poll(&mut poll);
    assert_eq!(m.run(0, Anchor::Search, false), None);
    assert!(m.aborted);
    drop(m);
    assert_eq!(polls, 3);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let p = "(".repeat(100_000);
    assert_eq!(
        parse(&chars(&p), true, 0).err(),
        Some(ParseError::Recursion)
    );
    let p = "(?:".repeat(400) + &")".repeat(400);
    assert!(parse(&chars(&p), true, 0).is_ok());
}
