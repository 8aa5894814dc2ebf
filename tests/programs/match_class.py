# Class patterns: __match_args__, keywords, builtins matching themselves, errors.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px} {py}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7),
          Point3(1, 2, 0), Point3(1, 2, 3), "point"]:
    print(where(p))

def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set() | frozenset():
            return f"set-like {sorted(v)}"
        case bytes(b):
            return f"bytes {b}"
        case _:
            return f"other {type(v).__name__}"

for v in [True, -3, 4, 2.5, "hi", [9, 8], (1, 2), (1, 2, 3), {"k": 0},
          {1, 2}, frozenset([3]), b"z", None, []]:
    print(builtin(v))

class MyInt(int):
    pass

match MyInt(5):
    case int(x):
        print("subclass self-match", x, type(x).__name__)

# keyword attributes on builtins
match 7:
    case int(real=r, imag=i):
        print("int attrs", r, i)

# missing attribute -> no match
class Empty:
    pass

match Empty():
    case Empty(missing=1):
        print("wrong")
    case Empty():
        print("empty matched")

# errors
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["a"]

class NotStr:
    __match_args__ = (1,)
    a = 1

class Dup:
    __match_args__ = ("a",)
    a = 1

tests = [
    lambda: (lambda v: [None for _ in [0] if 0] or _m1(v))(NoArgs()),
]

def _m1(v):
    match v:
        case NoArgs(1):
            return "x"

def _m2(v):
    match v:
        case BadArgs(1):
            return "x"

def _m3(v):
    match v:
        case int(1, 2):
            return "x"

def _m4(v):
    match v:
        case NotStr(1):
            return "x"

def _m5(v):
    match v:
        case Dup(1, a=1):
            return "x"

notaclass = 3
def _m6(v):
    match v:
        case notaclass():
            return "x"

def _m7(v):
    match v:
        case Point(1, 2, 3):
            return "x"

for f, arg in [(_m1, NoArgs()), (_m2, BadArgs()), (_m3, 1), (_m4, NotStr()),
               (_m5, Dup()), (_m6, 1), (_m7, Point(1, 2))]:
    try:
        print(f(arg))
    except TypeError as e:
        print(type(e).__name__, e)

# isinstance check fails first: no error for non-instances
print(_m1(42), _m3("s"))

for src in [
    "match x:\n case C(a=1, a=2): pass\n",
    "match x:\n case C(x, x): pass\n",
    "match x:\n case C(a=1, __debug__=2): pass\n",
]:
    try:
        compile(src, "x", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)

# Dataclass-like: attributes via properties and __getattr__
class Lazy:
    __match_args__ = ("value",)
    def __getattr__(self, name):
        if name == "value":
            return 42
        raise AttributeError(name)

match Lazy():
    case Lazy(v):
        print("lazy", v)

class Raising:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise KeyError("boom")

try:
    match Raising():
        case Raising(_):
            print("no")
except KeyError as e:
    print("KeyError", e)
