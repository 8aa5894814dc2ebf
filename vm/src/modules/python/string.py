"""A collection of string constants, plus Template and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


class _ChainLookup:
    """Mapping lookup: keyword arguments first, then the given mapping."""

    def __init__(self, primary, fallback):
        self._primary = primary
        self._fallback = fallback

    def __getitem__(self, key):
        if key in self._primary:
            return self._primary[key]
        return self._fallback[key]


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        # i is the index just past the delimiter, as in CPython's error text
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = len(lines[-1])
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _scan(self):
        """Yield (kind, start, end, text) pieces of the template.

        kind is 'text', 'escaped', 'named', 'braced' or 'invalid'."""
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = 0
        text_start = 0
        while i < n:
            if not t.startswith(delim, i):
                i += 1
                continue
            if text_start < i:
                yield "text", text_start, i, t[text_start:i]
            j = i + dl
            if t.startswith(delim, j):
                yield "escaped", i, j + dl, delim
                i = j + dl
            elif j < n and _is_ident_start(t[j]) and t[j].isascii():
                k = j + 1
                while k < n and _is_ident_char(t[k]) and t[k].isascii():
                    k += 1
                yield "named", i, k, t[j:k]
                i = k
            elif j < n and t[j] == "{":
                k = j + 1
                if k < n and _is_ident_start(t[k]) and t[k].isascii():
                    m = k + 1
                    while m < n and _is_ident_char(t[m]) and t[m].isascii():
                        m += 1
                    if m < n and t[m] == "}":
                        yield "braced", i, m + 1, t[k:m]
                        i = m + 1
                        text_start = i
                        continue
                yield "invalid", i, j, delim
                i = j
            else:
                yield "invalid", i, j, delim
                i = j
            text_start = i
        if text_start < n:
            yield "text", text_start, n, t[text_start:n]

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for kind, start, end, text in self._scan():
            if kind == "text" or kind == "escaped":
                out.append(text)
            elif kind == "invalid":
                self._invalid(start + len(self.delimiter))
            else:
                out.append("%s" % (mapping[text],))
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        t = self.template
        for kind, start, end, text in self._scan():
            if kind == "text" or kind == "escaped" or kind == "invalid":
                out.append(text)
            else:
                try:
                    out.append("%s" % (mapping[text],))
                except KeyError:
                    out.append(t[start:end])
        return "".join(out)

    def is_valid(self):
        for kind, start, end, text in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, text in self._scan():
            if (kind == "named" or kind == "braced") and text not in ids:
                ids.append(text)
        return ids


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like
    str._formatter_parser."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                # an escaped brace ends the current literal chunk
                literal.append("{")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            # find the matching close brace, honouring nested braces
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if depth > 0 and j >= n:
                    raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # split field into name, conversion, spec
            name_end = 0
            bracket = False
            while name_end < len(field):
                ch = field[name_end]
                if ch == "[":
                    bracket = True
                elif ch == "]":
                    bracket = False
                elif not bracket and ch in "!:":
                    break
                name_end += 1
            field_name = field[:name_end]
            rest = field[name_end:]
            conversion = None
            spec = ""
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(":"):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(":"):
                spec = rest[1:]
            yield "".join(literal), field_name, spec, conversion
            literal = []
            i = j + 1
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                # an escaped brace ends the current literal chunk
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field_name(name):
    """Return (first, [(is_attr, key), ...]) like str._formatter_field_name_split."""
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
