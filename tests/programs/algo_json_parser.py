# A hand-written JSON parser (recursive descent) checked against the json module.
import json
class ParseError(Exception):
    pass
class Parser:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""
    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r} at {self.i}, got {self.peek()!r}")
        self.i += 1
    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        out = []
        esc = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "r": "\r"}
        while True:
            if self.i >= len(self.s):
                raise ParseError("unterminated string")
            ch = self.s[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    out.append(chr(int(self.s[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    out.append(esc[e])
            else:
                out.append(ch)
    def number(self):
        self.ws()
        j = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        tok = self.s[j:self.i]
        if not tok:
            raise ParseError(f"unexpected {self.s[j:j + 1]!r} at {j}")
        return float(tok) if any(c in tok for c in ".eE") else int(tok)
def parse(s):
    p = Parser(s)
    v = p.value()
    if p.peek():
        raise ParseError(f"trailing data at {p.i}")
    return v
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}, "e": []}', "[]", "{}", '"\\"quoted\\""', "  42 ", "[[[[]]]]", '{"k": {"k": {"k": 1}}}']
for d in docs:
    mine = parse(d)
    print(mine, mine == json.loads(d))
for bad in ['{"a" 1}', "[1, 2", '"open', "[1] 2", "{,}", "@"]:
    try:
        parse(bad)
    except ParseError as e:
        print("ParseError:", e)
    except (KeyError, IndexError) as e:
        print(type(e).__name__)
big = json.dumps({"list": list(range(20)), "nested": [{"x": i, "s": "v%d" % i} for i in range(5)]})
print(parse(big) == json.loads(big), len(big))
