# dataclasses: asdict/astuple (nested, dict_factory), replace, InitVar, __post_init__, make_dataclass.
from dataclasses import (dataclass, field, asdict, astuple, replace, InitVar, fields,
                         is_dataclass, make_dataclass, MISSING, Field)
from typing import List, Dict, Optional


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict)
    nick: Optional[str] = None


p = Person("Ann", 30, Address("Main", "X"), ["a"], {"k": 1})
print(asdict(p))
print(astuple(p))
print(asdict(p, dict_factory=lambda kv: sorted(kv)))
q = replace(p, age=31, nick="A")
print(q.age, q.nick, p.age, q.address is p.address, q == p)
try:
    replace(p, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Address)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Circle:
    radius: float
    unit: InitVar[str] = "cm"
    area: float = field(init=False)

    def __post_init__(self, unit):
        self.area = round(3.14159 * self.radius ** 2, 2)
        self.label = f"{self.radius}{unit}"


c = Circle(2.0, "m")
print(c, c.label, [f.name for f in fields(c)], Circle(1).label)
try:
    replace(c, radius=3.0)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(c, radius=3.0, unit="in").label)


@dataclass
class Validated:
    lo: int
    hi: int

    def __post_init__(self):
        if self.lo > self.hi:
            raise ValueError(f"lo={self.lo} > hi={self.hi}")


print(Validated(1, 2))
try:
    Validated(5, 1)
except ValueError as e:
    print(type(e).__name__, e)

Point3 = make_dataclass("Point3", ["x", ("y", int), ("z", int, field(default=0))],
                        namespace={"norm1": lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
pt = Point3(1, -2)
print(pt, pt.norm1(), is_dataclass(Point3), [f.type for f in fields(Point3)][1:])
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, bases=())
try:
    Frozen(1).a = 2
except Exception as e:
    print(type(e).__name__, e)
f0 = fields(Person)[3]
print(type(f0).__name__, f0.name, f0.default is MISSING, f0.default_factory is list, f0.repr, f0.compare, isinstance(f0, Field))
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(astuple(t))
print(field(default=1).default, repr(MISSING)[:24])
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
