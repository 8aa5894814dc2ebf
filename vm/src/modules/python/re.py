"""Support for regular expressions (RE), as CPython's re module.

The engine is Weft's own (`_sre`, Rust: parser, compiler and a backtracking
matcher); this module holds the Python API over it: flags, `error`,
`Pattern`, `Match`, substitution templates and the compile cache.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The re flags: an int whose repr names the flags it holds."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


_FLAG_NAMES = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
    ("ASCII", 256),
]

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


def _clamp(string, pos, endpos):
    n = len(string)
    pos = 0 if pos < 0 else (n if pos > n else pos)
    endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
    return pos, endpos


def _slice(string, s, e):
    if isinstance(string, (str, bytes)):
        return string[s:e]
    return bytes(string[s:e])


class Match:
    """The result of a successful match or search."""

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._lastindex = found[0]
        self._slots = found[1:]

    @property
    def lastindex(self):
        return self._lastindex or None

    @property
    def lastgroup(self):
        li = self._lastindex
        if not li:
            return None
        for name, index in self.re._names:
            if index == li:
                return name
        return None

    @property
    def regs(self):
        s = self._slots
        return tuple((s[2 * i], s[2 * i + 1]) for i in range(len(s) // 2))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, i, default=None):
        s = self._slots[2 * i]
        if s < 0:
            return default
        return _slice(self.string, s, self._slots[2 * i + 1])

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple(self._group(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        d = {}
        for name, index in self.re._names:
            d[name] = self._group(index, default)
        return d

    def start(self, group=0):
        return self._slots[2 * self._index(group)]

    def end(self, group=0):
        return self._slots[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._slots[2 * i], self._slots[2 * i + 1])

    def expand(self, template):
        return _expand(self.re, self, _template(self.re, template))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._slots[0], self._slots[1], repr(self.group(0))[:50])


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        result = _sre.compile(pattern, flags)
        if result[0] is None:
            if result[2] is None:
                raise error(result[1])
            raise error(result[1], pattern, result[2])
        self._prog, self.flags, self.groups, self._names = result
        self.pattern = pattern
        self.groupindex = dict(self._names)
        self._templates = {}

    def match(self, string, pos=0, endpos=_MAXSIZE):
        f = _sre.match(self._prog, string, pos, endpos, 0)
        if f is None:
            return None
        pos, endpos = _clamp(string, pos, endpos)
        return Match(self, string, pos, endpos, f)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        f = _sre.match(self._prog, string, pos, endpos, 1)
        if f is None:
            return None
        pos, endpos = _clamp(string, pos, endpos)
        return Match(self, string, pos, endpos, f)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        f = _sre.match(self._prog, string, pos, endpos, 2)
        if f is None:
            return None
        pos, endpos = _clamp(string, pos, endpos)
        return Match(self, string, pos, endpos, f)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = _sre.scan(self._prog, string, pos, endpos, 0, False)
        pos, endpos = _clamp(string, pos, endpos)
        return iter([Match(self, string, pos, endpos, f) for f in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.scan(self._prog, string, pos, endpos, 0, True)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [_slice(string, 0, len(string))]
        out = []
        last = 0
        n = self.groups
        for f in _sre.scan(self._prog, string, 0, _MAXSIZE, maxsplit, False):
            out.append(_slice(string, last, f[1]))
            for i in range(1, n + 1):
                s = f[2 * i + 1]
                out.append(None if s < 0 else _slice(string, s, f[2 * i + 2]))
            last = f[2]
        out.append(_slice(string, last, len(string)))
        return out

    def subn(self, repl, string, count=0):
        if count < 0:
            return (string, 0)
        if callable(repl):
            func = repl
            template = None
        else:
            func = None
            template = _template(self, repl)
        pieces = []
        last = 0
        n = 0
        for f in _sre.scan(self._prog, string, 0, _MAXSIZE, count, False):
            pieces.append(_slice(string, last, f[1]))
            m = Match(self, string, 0, len(string), f)
            if func is not None:
                r = func(m)
                if r is not None:
                    pieces.append(r)
            else:
                pieces.append(_expand(self, m, template))
            last = f[2]
            n += 1
        pieces.append(_slice(string, last, len(string)))
        if isinstance(string, str):
            return ("".join(pieces), n)
        return (b"".join(pieces), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        flags = int(self.flags)
        if isinstance(self.pattern, str) and flags & 292 == 32:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % r
        parts = []
        for name, bit in _FLAG_NAMES:
            if flags & bit:
                parts.append("re." + name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return "re.compile(%s, %s)" % (r, "|".join(parts))


# --- replacement templates ---------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIG = "0123456789"


def _template(pattern, repl):
    """The parsed template: a list of literals (str/bytes) and group ints."""
    cache = pattern._templates
    t = cache.get(repl)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(cache) < 100:
            cache[repl] = t
    return t


def _parse_template(pattern, template):
    istext = isinstance(template, str)
    if istext:
        s = template
    elif isinstance(template, (bytes, bytearray)):
        s = str(bytes(template), "latin1")
    else:
        raise TypeError("expected str or bytes-like object, got '%s'" % type(template).__name__)
    n = len(s)
    items = []
    lit = []

    def fail(msg, pos):
        raise error(msg, template, pos)

    def token(i):
        # The token at i (a character or a two-character escape) or None.
        if i >= n:
            return None
        if s[i] == "\\":
            if i + 1 >= n:
                fail("bad escape (end of pattern)", n - 1)
            return s[i:i + 2]
        return s[i]

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    i = 0
    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        this = token(i)
        i += 2
        e = this[1]
        if e == "g":
            if token(i) != "<":
                fail("missing <", i)
            i += 1
            name = ""
            while True:
                t = token(i)
                if t is None:
                    if not name:
                        fail("missing group name", i)
                    fail("missing >, unterminated name", i - len(name))
                i += len(t)
                if t == ">":
                    if not name:
                        fail("missing group name", i - 1)
                    break
                name += t
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name %r" % name, i - len(name) - 1)
                if index >= 2147483647:
                    fail("invalid group reference %d" % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif e == "0":
            digits = ""
            while len(digits) < 2 and i < n and s[i] in _OCT:
                digits += s[i]
                i += 1
            lit.append(chr(int("0" + digits, 8) & 0xff))
        elif e in _DIG:
            if i < n and s[i] in _DIG:
                this += s[i]
                i += 1
                if e in _OCT and this[2] in _OCT and i < n and s[i] in _OCT:
                    this += s[i]
                    i += 1
                    v = int(this[1:], 8)
                    if v > 0o377:
                        fail("octal escape value %s outside of range 0-0o377" % this,
                             i - len(this))
                    lit.append(chr(v))
                    continue
            addgroup(int(this[1:]), i - len(this) + 1)
        elif e in _ESCAPES:
            lit.append(_ESCAPES[e])
        elif ("a" <= e <= "z") or ("A" <= e <= "Z"):
            fail("bad escape %s" % this, i - len(this))
        else:
            lit.append(this)
    if lit:
        items.append("".join(lit))
    if not istext:
        items = [x.encode("latin1") if isinstance(x, str) else x for x in items]
    return items


def _expand(pattern, m, items):
    if isinstance(m.string, str):
        empty = ""
    else:
        empty = b""
    out = []
    for x in items:
        if isinstance(x, int):
            g = m._group(x)
            if g is not None:
                out.append(g)
        else:
            out.append(x)
    return empty.join(out)


# --- module-level API ----------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError, RuntimeError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    s = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL else c for c in s).encode("latin1")
