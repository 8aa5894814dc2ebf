tests = [
    "x_undefined", "''.join(1)", "[].pop()", "{}[[]]", "1 < 'a'", "int('x')", "a = []; a.append(a); print(a)",
    "d = {}; d['d'] = d; print(d)", "class R:\n    def __repr__(self): return repr(self)\nrepr(R())",
    "def f():\n    print(y)\n    y = 1\nf()", "del zz", "import nonexistent_mod",
    "(1).x = 2", "len(5)", "iter(5)", "next(iter([]))", "[1,2,3][1:2:0]", "'abc'[10]",
    "x = 10**400; float(x)", "1/0.0", "2**-1", "divmod(1, 0)", "pow(2, 3, 0)", "hash([])", "{[]: 1}",
    "min([])", "sorted([1, 'a'])", "list(range(3)).index(5)", "(1, 2).count()", "'a' * -1 + 'b'",
    "print(*range(3), sep='-')", "print(f'{3.14159:.2f} {42:08b} {\"x\"!r:>5}')", "assert False, 'msg'",
    "raise ValueError from KeyError('k')", "try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('v')",
    "class A:\n    __slots__ = ('a',)\nA().b = 1", "import sys; sys.setrecursionlimit(0)", "chr(-1)", "bytes([256])",
"'%d' % 'x'", "'{0}{1}'.format(1)", "int.from_bytes(b'\\x01\\x00', 'little')",
    "exec('1 +')", "eval('import os')", "compile('x', 'f', 'bad')", "globals()['zz'] = 1; print(zz)",
    "import threading; l = threading.Lock(); l.release()", "yield 1", "lambda: (yield)", "def g():\n    yield from 5\nlist(g())",
]
for t in tests:
    try:
        exec(t, {})
    except BaseException as e:
        print(type(e).__name__, str(e)[:60])
