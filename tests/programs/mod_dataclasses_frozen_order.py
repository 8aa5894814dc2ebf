# dataclasses: frozen, order, eq, hash rules, inheritance, comparison errors.
from dataclasses import dataclass, field, FrozenInstanceError, fields


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self):
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2).bump()]
print(sorted(vs), max(vs), str(min(vs)), Version(1) <= Version(1, 0, 0), Version(2) > Version(1, 9, 9))
print({Version(1): "a"}[Version(1, 0, 0)], len({Version(1), Version(1, 0), Version(2)}))
for action in (lambda v: setattr(v, "major", 3), lambda v: delattr(v, "minor"), lambda v: setattr(v, "extra", 1)):
    try:
        action(Version(1))
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version(1) == (1, 0, 0), Version(1) != Version(1, 1))


@dataclass
class Mutable:
    x: int


try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Mutable.__hash__)


@dataclass(eq=False)
class Identity:
    x: int


a = Identity(1)
print(a == Identity(1), a == a, hash(a) == hash(a))


@dataclass(unsafe_hash=True)
class Keyed:
    k: str
    v: int = field(hash=False, compare=False)


print(hash(Keyed("a", 1)) == hash(Keyed("a", 2)), Keyed("a", 1) == Keyed("a", 2))


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class Thaw(FrozenBase):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)

d = Dog("rex")
d.tricks.append("sit")
print(d, d.speak(), [f.name for f in fields(Dog)], Dog("a") == Dog("a"), Dog("a") == Animal("a", "woof"))
print(Dog("b").tricks is not Dog("c").tricks)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


print(sorted([Task(3, "c"), Task(1, "a"), Task(2, "b")]), Task(1, "x") == Task(1, "y"))
try:
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        x: int
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class WithRepr:
    x: int

    def __repr__(self):
        return "custom"


print(WithRepr(1), repr(WithRepr(2)))
