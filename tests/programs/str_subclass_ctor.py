# str(): the constructor, decoding, subclasses and the slot wrappers.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Angry(str):
    def shout(self):
        return self.upper() + "!"


class Named(str):
    def __new__(cls, value, suffix=""):
        obj = super().__new__(cls, str(value) + suffix)
        obj.extra = suffix
        return obj


class Ci(str):
    def __eq__(self, other):
        return isinstance(other, str) and super().lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())

    def __len__(self):
        return super().__len__() * 10

    def __add__(self, other):
        return Ci(super().__add__(other))

    def __getitem__(self, i):
        return "<" + super().__getitem__(i) + ">"


print(str(), str(""), str(5), str(-1.5), str(None), str([1, "a"]), str(b"ab"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(str(object="kw"), str(b"\xe9", "latin1"), str(b"x", "UTF8"))
a = Angry("hey")
print(a, type(a).__name__, a.shout(), type(a.upper()).__name__, isinstance(a, str), a == "hey", len(a), a + "!", type(a + "!").__name__)
print(a[0], a[1:], type(a[:]).__name__, "e" in a, a * 2, hash(a) == hash("hey"), str(a), type(str(a)).__name__, repr(a))
print({a: 1}["hey"], {"hey": 2}[a], sorted([Angry("b"), "a", Angry("c")]), "-".join([a, a]), a.split("e"), f"{a:>5}", "%s" % a)
n = Named(42, "px")
print(n, n.extra, type(n).__name__, n.upper(), Named("x"))
c = Ci("Hello")
print(c == "HELLO", c == "bye", len(c), c + "!", type(c + "!").__name__, c[1], c[1:3], {c: 1}.get("x"))
print(str.__len__("abc"), str.__getitem__("abc", -1), str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 3), str.__mod__("%d", 5))
print(str.__eq__("a", "a"), str.__eq__("a", 1), str.__ne__("a", "b"), str.__lt__("a", "b"), str.__ge__("a", "b"), str.__lt__("a", 1), str.__contains__("abc", "b"))
print(str.__hash__("x") == hash("x"), str.__str__("s"), str.__repr__("s"), str.__format__("ab", ">4"), str.__format__("ab", ""), list(str.__iter__("ab")))
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("c"), "x".__add__("y"), "abc".__eq__("abc"), "ab".__mul__(0))
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), list(map(str.strip, [" a ", "b "])), list(map(str.upper, "ab")))
show("str.upper(5)", lambda: str.upper(5))
show("str.upper()", lambda: str.upper())
show("str.join(1, [])", lambda: str.join(1, []))
show("str.__len__(1)", lambda: str.__len__(1))
show("str.__add__ int", lambda: str.__add__("a", 1))
show("str.__contains__ int", lambda: str.__contains__("a", 1))
show("str.__format__ int", lambda: str.__format__("a", 1))
show("str.__add__ no args", lambda: "a".__add__())
show("str(1, 'utf-8')", lambda: str(1, "utf-8"))
show("str('a', 'utf-8')", lambda: str("a", "utf-8"))
show("str(b, bad enc)", lambda: str(b"a", "nope"))
show("str(b, enc int)", lambda: str(b"a", 1))
show("str(b, errors int)", lambda: str(b"a", "ascii", 1))
show("str bad kw", lambda: str(x=1))
show("str too many", lambda: str(b"a", "ascii", "strict", 1))
show("decode error", lambda: str(b"\xff", "utf-8"))
show("decode ascii error", lambda: str(b"ab\x80", "ascii"))
show("bad handler", lambda: str(b"\xff", "utf-8", "bogus"))
show("ok handler unused", lambda: str(b"ok", "utf-8", "bogus"))


class BadStr:
    def __str__(self):
        return 5


show("__str__ non-str", lambda: str(BadStr()))
