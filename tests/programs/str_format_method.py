# str.format / str.format_map: the replacement-field grammar and its errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b"]

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)


class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"


p = Point(1, 2)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{x} {y}".format(x=10, y=20), "{x}{x}".format(x="!"))
print("{0.x} {0.y} {p.tags[1]} {p.tags}".format(p, p=p))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format([7, 8], {"key": "v", 2: "int-key", "2": "str-key"}))
print("{!r} {!s} {!a} {:>10}".format(p, p, "é", str(p)))
print("{0!r:>12}|{0!s:<12}|".format("x"))
print("{:{}}|{:{}.{}f}|".format("ab", 5, 3.14159, 8, 2))
print("{0:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{{}} {{{}}} {{x}}".format(1))
print("{:d} {:5d} {:<5d}| {:+d} {:x} {:#o} {:b} {:,} {:_x}".format(1, 2, 3, 4, 255, 8, 5, 1234567, 65535))
print("{:.3f} {:e} {:g} {:%} {:.1%} {:10.2f}| {:<10.2f}|".format(1.5, 12345.678, 0.0001, 0.25, 0.125, 2.5, 2.5))
print("{:s} {:.2} {:>5s} {:^7}".format("str", "abcdef", "ab", "mid"))
print("{} {} {}".format(True, None, [1, 2]))
print("{:d} {:>5} {:5}|".format(True, False, True))
print("{} {:x}".format(Fmt(), Fmt()), format(Fmt(), "spec"), f"{Fmt():abc}")
print("{0}".format(*[[1, 2]]), "{a}".format(**{"a": "kw"}))
print("unicode {0:é^9} {1}".format("x", "ü"), "{٠}".format("arabic zero"))
print("format_map", "{x} and {y}".format_map({"x": 1, "y": 2}), "{a[0]}".format_map({"a": "xyz"}))


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("format_map missing", "{known} {unknown}".format_map(Missing(known="k")))
print("empty", "".format(), "no fields".format(1, 2, x=3))
show("switch manual->auto", lambda: "{0}{}".format(1, 2))
show("switch auto->manual", lambda: "{}{0}".format(1, 2))
show("single {", lambda: "{".format())
show("single }", lambda: "}".format())
show("trailing {", lambda: "abc{".format())
show("unmatched }", lambda: "a}b".format())
show("bad conversion", lambda: "{0!x}".format(1))
show("conversion end", lambda: "{0!".format(1))
show("conversion no colon", lambda: "{0!rr}".format(1))
show("empty conversion", lambda: "{!}".format(1))
show("index range", lambda: "{2}".format(1))
show("auto range", lambda: "{}{}".format(1))
show("missing key", lambda: "{a}".format())
show("missing attr", lambda: "{0.foo}".format(1))
show("bad index", lambda: "{0[5]}".format([]))
show("bad key", lambda: "{0[k]}".format({}))
show("brace in name", lambda: "{a{b}".format())
show("unmatched bracket", lambda: "{0[}".format(1))
show("empty attribute", lambda: "{0.}".format(1))
show("double dot", lambda: "{0..a}".format(1))
show("after bracket", lambda: "{0[0]x}".format([1]))
show("missing ]", lambda: "{0[0}".format([1]))
show("deep nesting", lambda: "{:{:{}}}".format(1, 2, 3))
show("spec unmatched", lambda: "{0:{1}".format(1, 2))
show("int spec s", lambda: "{:s}".format(1))
show("str spec d", lambda: "{:d}".format("a"))
show("float spec x", lambda: "{:x}".format(1.5))
show("object spec", lambda: "{:>5}".format(object()))
show("none spec", lambda: "{:d}".format(None))
show("format_map positional", lambda: "{0}".format_map({}))
show("format_map auto", lambda: "{}".format_map({}))
show("format_map missing", lambda: "{x}".format_map({}))
show("format_map non-mapping", lambda: "{x}".format_map(5))
show("format_map no args", lambda: "{x}".format_map())
show("unbound format", lambda: str.format())
show("format on int", lambda: str.format(1))
show("str spec sign", lambda: "{:+}".format("a"))
show("str spec =", lambda: "{:=5}".format("a"))
show("int c too big", lambda: "{:c}".format(-1))
show("bad spec", lambda: "{:abc}".format(1))
show("comma and underscore", lambda: "{:,_}".format(1))
show("bad __format__", lambda: "{}".format(type("B", (), {"__format__": lambda self, s: 5})()))
