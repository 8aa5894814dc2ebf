//! Unit tests: symbol-table resolution and syntax errors.

use super::source::SourceMap;
use super::symtable::{self, Body, ScopeKind, SymScope, SymbolTable};
use super::{compile, CompileError, Mode};
use ruff_python_ast::Mod;
use ruff_python_parser::{parse_unchecked, ParseOptions};

fn table(src: &str) -> SymbolTable {
    let map = SourceMap::new(src);
    let parsed = parse_unchecked(src, ParseOptions::from(ruff_python_parser::Mode::Module));
    assert!(parsed.errors().is_empty(), "{:?}", parsed.errors());
    let Mod::Module(m) = parsed.syntax() else {
        panic!("module")
    };
    symtable::build(&map, Body::Module(&m.body), m.range).expect("symtable")
}

/// The resolution of `name` in the scope called `scope`.
fn resolve(t: &SymbolTable, scope: &str, name: &str) -> SymScope {
    let s = t
        .scopes
        .iter()
        .find(|s| s.name == scope)
        .unwrap_or_else(|| panic!("no scope {scope}"));
    s.lookup(name)
}

fn err(src: &str) -> CompileError {
    crate::runtime::types::init();
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("{src:?} compiled"),
        Err(e) => e,
    }
}

fn check(src: &str, kind: &str, msg: &str, line: usize, col: usize) {
    let e = err(src);
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line, e.col),
        (kind, msg, line, col),
        "for {src:?}: {e:?}"
    );
}

#[test]
fn locals_globals_and_builtins() {
    let t = table("x = 1\ndef f(a):\n    b = a + x\n    return len(b)\n");
    assert_eq!(resolve(&t, "top", "x"), SymScope::Local);
    assert_eq!(resolve(&t, "f", "a"), SymScope::Local);
    assert_eq!(resolve(&t, "f", "b"), SymScope::Local);
    assert_eq!(resolve(&t, "f", "x"), SymScope::GlobalImplicit);
    assert_eq!(resolve(&t, "f", "len"), SymScope::GlobalImplicit);
}

#[test]
fn cells_and_frees() {
    let t = table(
        "def f(a):\n    b = 1\n    def g():\n        nonlocal b\n        b = a\n    return g\n",
    );
    assert_eq!(resolve(&t, "f", "a"), SymScope::Cell);
    assert_eq!(resolve(&t, "f", "b"), SymScope::Cell);
    assert_eq!(resolve(&t, "g", "a"), SymScope::Free);
    assert_eq!(resolve(&t, "g", "b"), SymScope::Free);
    let f = t.scopes.iter().find(|s| s.name == "f").unwrap();
    assert_eq!(f.cellvars(), vec!["a", "b"]);
    assert_eq!(f.fast_locals(), vec!["a", "g"]);
}

#[test]
fn free_variables_pass_through_intermediate_scopes() {
    let t = table("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n");
    assert_eq!(resolve(&t, "f", "x"), SymScope::Cell);
    assert_eq!(resolve(&t, "g", "x"), SymScope::Free);
    assert_eq!(resolve(&t, "h", "x"), SymScope::Free);
}

#[test]
fn class_scopes_are_skipped() {
    let t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n");
    assert_eq!(resolve(&t, "C", "x"), SymScope::Local);
    assert_eq!(resolve(&t, "m", "x"), SymScope::Free);
    assert_eq!(resolve(&t, "f", "x"), SymScope::Cell);
    // The class binds x itself and passes the outer x through to `m`.
    let c = t.scopes.iter().find(|s| s.name == "C").unwrap();
    assert_eq!(c.freevars(), vec!["x"]);
}

#[test]
fn super_creates_class_cell() {
    let t = table("class A(B):\n    def f(self):\n        return super().f()\n    def g(self):\n        return 1\n");
    let a = t.scopes.iter().find(|s| s.name == "A").unwrap();
    assert_eq!(a.kind, ScopeKind::Class);
    assert!(a.needs_class_closure);
    assert_eq!(a.cellvars(), vec!["__class__"]);
    assert_eq!(resolve(&t, "f", "__class__"), SymScope::Free);
    assert_eq!(resolve(&t, "g", "__class__"), SymScope::Unresolved);
    let t = table("class A:\n    def f(self):\n        return __class__\n");
    assert!(
        t.scopes
            .iter()
            .find(|s| s.name == "A")
            .unwrap()
            .needs_class_closure
    );
    let t = table("class A:\n    def f(self):\n        return 1\n");
    assert!(
        !t.scopes
            .iter()
            .find(|s| s.name == "A")
            .unwrap()
            .needs_class_closure
    );
}

#[test]
fn explicit_global_and_nonlocal() {
    let t = table("def f():\n    global g\n    g = 1\n    def h():\n        return g\n");
    assert_eq!(resolve(&t, "f", "g"), SymScope::GlobalExplicit);
    assert_eq!(resolve(&t, "h", "g"), SymScope::GlobalImplicit);
    let t = table("x = 0\ndef f():\n    global x\n    def g():\n        x = 1\n        return x\n");
    assert_eq!(resolve(&t, "g", "x"), SymScope::Local);
}

#[test]
fn comprehensions_and_walrus() {
    let t = table("def f(xs):\n    ys = [y for y in xs if (last := y)]\n    return last\n");
    assert_eq!(resolve(&t, "<listcomp>", "y"), SymScope::Local);
    assert_eq!(resolve(&t, "<listcomp>", ".0"), SymScope::Local);
    assert_eq!(resolve(&t, "<listcomp>", "last"), SymScope::Free);
    assert_eq!(resolve(&t, "f", "last"), SymScope::Cell);
    // The outermost iterable is evaluated in the enclosing scope.
    assert_eq!(resolve(&t, "<listcomp>", "xs"), SymScope::Unresolved);
    let t = table("total = [(s := x) for x in range(3)]\n");
    assert_eq!(resolve(&t, "<listcomp>", "s"), SymScope::GlobalExplicit);
    assert_eq!(resolve(&t, "top", "s"), SymScope::GlobalExplicit);
}

#[test]
fn private_names_are_mangled() {
    let t = table("class A:\n    __x = 1\n    def f(self):\n        return self.__y + __z\n");
    assert_eq!(resolve(&t, "A", "_A__x"), SymScope::Local);
    assert_eq!(resolve(&t, "f", "_A__z"), SymScope::GlobalImplicit);
}

#[test]
fn parse_errors_use_cpython_messages() {
    check(
        "def f(x):\n    return x +* 2\n",
        "SyntaxError",
        "invalid syntax",
        2,
        15,
    );
    check("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5);
    check(
        "x = 1\n  y = 2\n",
        "IndentationError",
        "unexpected indent",
        2,
        1,
    );
    check(
        "if x:\n\n\npass\n",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        4,
        1,
    );
    check(
        "for x in y:\n    pass\nelse:\npass\n",
        "IndentationError",
        "expected an indented block after 'else' statement on line 3",
        4,
        1,
    );
    check(
        "def f():\n    x = 1\n  y = 2\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        1,
    );
    check(
        "1 = x\n",
        "SyntaxError",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "(a, 1) = x\n",
        "SyntaxError",
        "cannot assign to literal",
        1,
        5,
    );
    check(
        "f() = 1\n",
        "SyntaxError",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1);
    check(
        "del f()\n",
        "SyntaxError",
        "cannot delete function call",
        1,
        5,
    );
    check(
        "x = 'abc\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check(
        "'''abc\n\ndef\n",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 3)",
        1,
        1,
    );
    check("x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5);
    check(
        "f(x for x in y, 1)\n",
        "SyntaxError",
        "Generator expression must be parenthesized",
        1,
        3,
    );
    check(
        "f(a=1, a=2)\n",
        "SyntaxError",
        "keyword argument repeated: a",
        1,
        8,
    );
}

#[test]
fn compile_errors_use_cpython_messages() {
    check(
        "return 1\n",
        "SyntaxError",
        "'return' outside function",
        1,
        1,
    );
    check(
        "class A:\n    return 1\n",
        "SyntaxError",
        "'return' outside function",
        2,
        5,
    );
    check("break\n", "SyntaxError", "'break' outside loop", 1, 1);
    check(
        "while x:\n    def f():\n        break\n",
        "SyntaxError",
        "'break' outside loop",
        3,
        9,
    );
    check(
        "continue\n",
        "SyntaxError",
        "'continue' not properly in loop",
        1,
        1,
    );
    check(
        "nonlocal x\n",
        "SyntaxError",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    );
    check(
        "def f():\n    nonlocal x\n",
        "SyntaxError",
        "no binding for nonlocal 'x' found",
        2,
        5,
    );
    check(
        "def f():\n    x = 1\n    global x\n",
        "SyntaxError",
        "name 'x' is assigned to before global declaration",
        3,
        5,
    );
    check(
        "def f():\n    print(x)\n    global x\n",
        "SyntaxError",
        "name 'x' is used prior to global declaration",
        3,
        5,
    );
    check(
        "def f(a):\n    global a\n",
        "SyntaxError",
        "name 'a' is parameter and global",
        2,
        5,
    );
    check("yield 1\n", "SyntaxError", "'yield' outside function", 1, 1);
    check(
        "class A:\n    x = yield\n",
        "SyntaxError",
        "'yield' outside function",
        2,
        9,
    );
    check(
        "def f(a, a): pass\n",
        "SyntaxError",
        "duplicate argument 'a' in function definition",
        1,
        10,
    );
    check(
        "a, *b, *c = d\n",
        "SyntaxError",
        "multiple starred expressions in assignment",
        1,
        1,
    );
    check(
        "*a = b\n",
        "SyntaxError",
        "starred assignment target must be in a list or tuple",
        1,
        1,
    );
    check(
        "def f():\n    from m import *\n",
        "SyntaxError",
        "import * only allowed at module level",
        2,
        19,
    );
    check(
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
        "SyntaxError",
        "default 'except:' must be last",
        3,
        1,
    );
    check(
        "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
        "SyntaxError",
        "wildcard makes remaining patterns unreachable",
        2,
        10,
    );
    check(
        "match x:\n    case 1 | a:\n        pass\n",
        "SyntaxError",
        "alternative patterns bind different names",
        2,
        14,
    );
}

#[test]
fn generic_errors_mark_one_token() {
    let e = err("def f(x):\n    return x +* 2\n");
    assert_eq!((e.col, e.end_col), (15, 16));
}

#[test]
fn error_text_is_the_offending_line() {
    let e = err("x = 1\ny = (2 +* 3)\n");
    assert_eq!(e.text, "y = (2 +* 3)");
    assert_eq!(e.line, 2);
}

#[test]
fn every_mode_compiles() {
    crate::runtime::types::init();
    for (src, mode) in [
        ("1 + 2", Mode::Eval),
        ("x = 1\nx\n", Mode::Single),
        ("x = [i for i in range(3)]\n", Mode::Exec),
    ] {
        let code = compile(src, "<test>", mode).expect("compiles");
        assert!(code.units.len() >= 2);
    }
    let code = compile("x\nif x:\n    x\n", "<test>", Mode::Single).unwrap();
    let dis = crate::dis::disassemble(code);
    assert_eq!(
        dis.matches("CALL_INTRINSIC_1            1 (INTRINSIC_PRINT)")
            .count(),
        2,
        "{dis}"
    );
}
