from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, KW_ONLY, InitVar
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
print(fields(p)[0].name, asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), sorted([V(3), V(1, "a"), V(1)]), hash(V(1)) == hash(V(1)))
try: V(1).a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(type(e).__name__, e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    count: ClassVar[int] = 0
    def __post_init__(self): self.n = len(self.name)
i = Inv("ab"); i.items.append(1); print(i, i.n, Inv("ab") == Inv("ab", [], "other"), Inv.count)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K(1, b=2, c=3))
try: K(1, 2, 3)
except TypeError as e: print(type(e).__name__, e)
@dataclass
class IV:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.x *= scale
print(IV(3), IV(3, 10), [f.name for f in fields(IV)])
C = make_dataclass('C', [('a', int), ('b', str, field(default='q'))])
print(C(1), C.__name__)
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
print(Sl(1), Sl.__slots__)
try: Sl(1).c = 3
except AttributeError as e: print(type(e).__name__, e)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)), H.__doc__, Point.__doc__)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
@dataclass
class Nest:
    p: Point
    ps: List[Point]
print(asdict(Nest(Point(1), [Point(2, 3)])))
@dataclass(kw_only=True)
class KO:
    a: int
    b: int = 2
print(KO(a=1))
try: KO(1)
except TypeError as e: print(type(e).__name__, e)
print(Point.__match_args__, fields(Point)[1].default, fields(Point)[1].type, fields(Point)[1].init)
try: Point()
except TypeError as e: print(type(e).__name__, e)
try: replace(p, z=1)
except TypeError as e: print(type(e).__name__, e)
@dataclass
class D2(Point):
    z: int = 5
print(D2(1, 2, 3), D2(1))
