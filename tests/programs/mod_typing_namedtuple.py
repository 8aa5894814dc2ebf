# typing: NamedTuple (class syntax, defaults, methods, functional form), TypedDict, NewType, cast.
from typing import NamedTuple, TypedDict, NewType, cast, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist2(self) -> int:
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4)
print(p, repr(p), p.dist2(), p.x, p[1], Point(1), Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(x=0), p._asdict(), Point._make([5, 6]), tuple(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, len(p), Point.__name__, type(p).__mro__[1].__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        _replace: int
except (AttributeError, ValueError) as e:
    print(type(e).__name__, e)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("ann", 7)
print(e, Emp.__annotations__, e.name)
Emp2 = NamedTuple("Emp2", name=str, age=int)
print(Emp2("b", 3))


class Line(NamedTuple):
    start: Point
    end: Point
    tags: List[str] = []


ln = Line(Point(0, 0), Point(1, 1))
print(ln, ln.tags)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__, Movie.__required_keys__ == {"title", "year"}, Partial.__total__, Partial.__optional_keys__)
m2: Movie = {"title": "X", "year": 1}
print(m2["title"], Movie.__name__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Movie, total=False):
    director: str


print(sorted(Sub.__annotations__), Sub.__required_keys__ == {"title", "year"}, Sub.__optional_keys__)
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), Alt.__annotations__)
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub2(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(cast(int, "not an int"), cast(List[int], None), cast("str", 1))


class Opt(NamedTuple):
    value: Optional[int] = None


print(Opt(), Opt(5), Opt.__annotations__)
