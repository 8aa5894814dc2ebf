"""Replacement templates of re.sub() and Match.expand(): parsing (with
CPython's errors and positions) and expansion."""

from re._constants import error

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
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(template).__name__)
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
