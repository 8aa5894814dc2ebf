"""json: JSON encoding and decoding (pure Python, CPython-compatible output)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------- encoding

_ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def _encode_basestring(s):
    out = []
    start = 0
    i = 0
    dct = _ESCAPE_DCT
    for c in s:
        if c < ' ' or c == '"' or c == '\\':
            if start < i:
                out.append(s[start:i])
            out.append(dct[c])
            start = i + 1
        i += 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


def _encode_basestring_ascii(s):
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    dct = _ESCAPE_DCT
    for c in s:
        if ' ' <= c <= '~':
            if c == '"' or c == '\\':
                out.append(dct[c])
            else:
                out.append(c)
        elif c in dct:
            out.append(dct[c])
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                s1 = 0xd800 | ((n >> 10) & 0x3ff)
                s2 = 0xdc00 | (n & 0x3ff)
                out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        _Encoder(self, chunks).encode(o, 0)
        return chunks


class _Encoder:
    def __init__(self, enc, out):
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.encstr = (_encode_basestring_ascii if enc.ensure_ascii
                       else _encode_basestring)
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_sep = enc.key_separator
        self.item_sep = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.allow_nan = enc.allow_nan
        self.out = out

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def encode(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.encstr(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            markers = self.markers
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            self.encode(self.default(o), level)
            if markers is not None:
                del markers[mid]

    def _enter(self, o):
        markers = self.markers
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self._enter(lst)
        out.append('[')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_sep + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_sep
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self.encode(v, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self._leave(lst)

    def encode_dict(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self._enter(dct)
        out.append('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_sep + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_sep
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self.encstr(key))
            out.append(self.key_sep)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self._leave(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


# ---------------------------------------------------------------- decoding

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


class _StopScan(Exception):
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


class _Scanner:
    def __init__(self, ctx, s, raw=None):
        self.s = s
        self.raw = raw
        self.n = len(s)
        self.strict = ctx.strict
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant
        self.memo = {}

    def skip_ws(self, idx):
        s = self.s
        n = self.n
        while idx < n and s[idx] in _WS:
            idx += 1
        return idx

    def scan(self, idx):
        s = self.s
        n = self.n
        if idx >= n:
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return self.string(idx + 1)
        if c == '{':
            return self.obj(idx + 1)
        if c == '[':
            return self.array(idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c in _DIGITS or (c == '-' and idx + 1 < n and s[idx + 1] in _DIGITS):
            return self.number(idx)
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise _StopScan(idx)

    def number(self, start):
        s = self.s
        n = self.n
        idx = start
        if s[idx] == '-':
            idx += 1
        if s[idx] == '0':
            idx += 1
        else:
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n and s[idx] in 'eE':
            j = idx + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                is_float = True
                idx = j
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def string(self, end):
        return _scanstring(self.s, end, self.strict, self.raw)

    def obj(self, idx):
        s = self.s
        n = self.n
        pairs = []
        memo = self.memo
        idx = self.skip_ws(idx)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes',
                        s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict, self.raw)
                key = memo.setdefault(key, key)
                idx = self.skip_ws(idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = self.skip_ws(idx + 1)
                value, idx = self.scan(idx)
                pairs.append((key, value))
                idx = self.skip_ws(idx)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = self.skip_ws(idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, idx + 1

    def array(self, idx):
        s = self.s
        n = self.n
        values = []
        idx = self.skip_ws(idx)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.scan(idx)
                values.append(value)
                idx = self.skip_ws(idx)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = self.skip_ws(idx + 1)
        return values, idx + 1


def _hex4(s, pos, errpos):
    h = s[pos:pos + 4]
    if len(h) == 4:
        ok = True
        for c in h:
            if c not in _HEX:
                ok = False
                break
        if ok:
            return int(h, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, errpos)


def _scanstring(s, end, strict=True, raw=None):
    """Scans the string body starting just after the opening quote; returns
    (str, index after the closing quote).  When raw is given, s is an ASCII
    proxy of the UTF-8 bytes raw (one char per byte) and text comes from raw."""
    n = len(s)
    begin = end - 1
    chunks = []
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        content = s[end:stop]
        if strict and not content.isprintable():
            i = end
            for c in content:
                if c < ' ':
                    raise JSONDecodeError('Invalid control character at', s, i)
                i += 1
        if stop >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if content:
            if raw is not None:
                content = raw[end:stop].decode('utf-8')
            chunks.append(content)
        if stop == q and b < 0:
            return ''.join(chunks), q + 1
        nxt = stop + 1
        if nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[nxt]
        if esc != 'u':
            ch = _BACKSLASH.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, nxt - 1)
            chunks.append(ch)
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        uni = _hex4(s, nxt, nxt - 1)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' \
                and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        if 0xd800 <= uni <= 0xdfff:
            # Lone surrogates are not representable in this VM's str.
            uni = 0xfffd
        chunks.append(chr(uni))


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        n = len(s)
        idx = 0
        while idx < n and s[idx] in _WS:
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in _WS:
            end += 1
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if s.isascii():
            try:
                return _Scanner(self, s).scan(idx)
            except _StopScan as err:
                raise JSONDecodeError('Expecting value', s, err.pos) from None
        # Non-ASCII text: scan an ASCII proxy of the UTF-8 bytes (O(1)
        # indexing), mapping byte offsets back to character offsets.
        raw = s[idx:].encode('utf-8')
        proxy = raw.translate(_PROXY_TABLE).decode('ascii')
        try:
            obj, end = _Scanner(self, proxy, raw).scan(0)
        except _StopScan as err:
            raise JSONDecodeError('Expecting value', s,
                                  idx + _charpos(raw, err.pos)) from None
        except JSONDecodeError as err:
            raise JSONDecodeError(err.msg, s,
                                  idx + _charpos(raw, err.pos)) from None
        return obj, idx + _charpos(raw, end)


_PROXY_TABLE = bytes(range(128)) + b'a' * 128


def _charpos(raw, pos):
    return len(raw[:pos].decode('utf-8', 'replace'))


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = bytes(s)
        if s.startswith(b'\xef\xbb\xbf'):
            s = s[3:]
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
