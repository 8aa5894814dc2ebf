# Immutable value objects via __slots__ + __setattr__, namedtuple subclasses, __reduce__-free copies, ordering.
import functools
@functools.total_ordering
class Money:
    __slots__ = ("_cents", "_cur")
    def __init__(self, amount, cur="USD"):
        object.__setattr__(self, "_cents", round(amount * 100))
        object.__setattr__(self, "_cur", cur)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is immutable")
    def __delattr__(self, k):
        raise AttributeError("cannot delete")
    @property
    def amount(self):
        return self._cents / 100
    def _check(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        if o._cur != self._cur:
            raise ValueError(f"currency mismatch {self._cur}/{o._cur}")
        return None
    def __add__(self, o):
        if self._check(o) is NotImplemented:
            return NotImplemented
        return Money((self._cents + o._cents) / 100, self._cur)
    def __mul__(self, k):
        return Money(self._cents * k / 100, self._cur)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and (self._cents, self._cur) == (o._cents, o._cur)
    def __lt__(self, o):
        self._check(o)
        return self._cents < o._cents
    def __hash__(self):
        return hash((self._cents, self._cur))
    def __repr__(self):
        return f"Money({self.amount:.2f}, {self._cur!r})"
    def __format__(self, spec):
        return f"{self._cur} {format(self.amount, spec or ',.2f')}"
a, b = Money(10.5), Money(3.25)
print(a + b, a * 3, 2 * b, a > b, a <= a, sorted([a, b, Money(0.01)]), f"{Money(1234567.891)}", f"{a:.1f}")
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del a._cents
except AttributeError as e:
    print("AttributeError", e)
try:
    a + Money(1, "EUR")
except ValueError as e:
    print("ValueError", e)
try:
    a + 5
except TypeError as e:
    print("TypeError", e)
print(len({Money(1), Money(1.0), Money(1, "EUR")}), sum([Money(1), Money(2)], Money(0)))
from collections import namedtuple
class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(3, 4)
print(p, repr(p), p.norm, p + Point(1, 1), p._replace(y=0), tuple(p), p == (3, 4))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", e)
fz = frozenset({1, 2})
try:
    fz.add(3)
except AttributeError as e:
    print("AttributeError", e)
t = (1, [2])
t[1].append(3)
print(t)
