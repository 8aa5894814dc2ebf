"""Support for regular expressions (RE), as CPython's re module.

The engine is Weft's own (`_sre`, Rust: parser, compiler and a backtracking
matcher); this module holds the Python API over it: flags, `error`,
`Pattern`, `Match`, substitution templates and the compile cache.
"""

import _sre
from re._constants import *  # noqa: F401,F403
from re._constants import _FLAG_NAMES, _MAXSIZE, RegexFlag, error
from re._template import _expand, _template

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

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

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self._bounds = (pos, endpos)
        self._lastindex = found[0]
        self._slots = found[1:]

    @property
    def pos(self):
        return _clamp(self.string, *self._bounds)[0]

    @property
    def endpos(self):
        return _clamp(self.string, *self._bounds)[1]

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
        if group == 0:
            return self._slots[0]
        return self._slots[2 * self._index(group)]

    def end(self, group=0):
        if group == 0:
            return self._slots[1]
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


class _GenericAlias:
    """`re.Pattern[str]` / `re.Match[bytes]` (for annotations)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return a.__module__ + "." + a.__qualname__
            return repr(a)
        o = self.__origin__
        return "%s.%s[%s]" % (o.__module__, o.__qualname__,
                              ", ".join(name(a) for a in self.__args__))


class Pattern:
    """A compiled regular expression."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

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
        return Match(self, string, pos, endpos, f)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        f = _sre.match(self._prog, string, pos, endpos, 1)
        if f is None:
            return None
        return Match(self, string, pos, endpos, f)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        f = _sre.match(self._prog, string, pos, endpos, 2)
        if f is None:
            return None
        return Match(self, string, pos, endpos, f)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = _sre.scan(self._prog, string, pos, endpos, 0, False)
        pos, endpos = _clamp(string, pos, endpos)
        return iter([Match(self, string, pos, endpos, f) for f in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.scan(self._prog, string, pos, endpos, 0, True)

    def split(self, string, maxsplit=0):
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
            if f[1] > last:
                pieces.append(_slice(string, last, f[1]))
            m = Match(self, string, 0, len(string), f)
            if func is not None:
                r = func(m)
                if r is not None:
                    pieces.append(r)
            else:
                r = _expand(self, m, template)
                if r:
                    pieces.append(r)
            last = f[2]
            n += 1
        if last < len(string):
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
