# dataclasses: slots=True, kw_only, KW_ONLY, field(kw_only), match_args, __post_init__ with inheritance.
from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0

    def length2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.length2(), Vec.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, frozen=True)
class FrozenVec:
    x: int
    y: int


fv = FrozenVec(1, 2)
print(fv, hash(fv) == hash(FrozenVec(1, 2)))
try:
    fv.x = 5
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


print(Config(host="h"), Config(port=1, host="x", debug=True))
try:
    Config("h")
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 3


print(Mixed(1), Mixed(1, 5, b=7), [(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class WithMarker:
    name: str
    _: KW_ONLY
    size: int = 1
    color: str


print(WithMarker("n", color="red"), WithMarker("m", size=3, color="b"))
try:
    WithMarker("n", 2, "red")
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithMarker("n")
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int
    _: KW_ONLY
    flag: bool = False


@dataclass
class Child(Base):
    y: int = 0


print(Child(1, 2), Child(1, flag=True), Child.__match_args__)


@dataclass
class Parent:
    a: int

    def __post_init__(self):
        self.seen = ["parent"]


@dataclass
class Kid(Parent):
    b: int = 1

    def __post_init__(self):
        super().__post_init__()
        self.seen.append("kid")


print(Kid(1).seen, Kid(0, 5))
try:
    @dataclass
    class Two:
        _: KW_ONLY
        a: int = 1
        __: KW_ONLY
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(init=False)
class Manual:
    a: int

    def __init__(self, raw):
        self.a = int(raw)


print(Manual("12"), Manual("3") == Manual("3"))


@dataclass(repr=False)
class NoRepr:
    a: int


print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
