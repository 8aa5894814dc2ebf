# Rich comparisons, reflection, total_ordering, __eq__/__hash__ rules.
import functools
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.parts))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9"), Ver("1.2")]
print(sorted(vs), max(vs), min(vs), Ver("1.2") in vs, vs.count(Ver("1.2")))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.1"), Ver("2.0") > Ver("1.9"), Ver("1.0") >= Ver("1.0"))
print(Ver("1.0") == "1.0", Ver("1.0") != 1, len({Ver("1.0"), Ver("1.0"), Ver("2.0")}))
try:
    Ver("1.0") < 5
except TypeError as e:
    print("TypeError", e)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__, NoHash() == 3)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p), {p: 1}[p])
@functools.total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
print(Money(1) <= Money(2), Money(3) >= Money(2), Money(1) > Money(1), Money(2) <= Money(2))
class Spy:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return NotImplemented
    def __lt__(self, o):
        print("lt", self.n, getattr(o, "n", o))
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.n, getattr(o, "n", o))
        return NotImplemented
print(Spy(1) == Spy(2))
try:
    Spy(1) < Spy(2)
except TypeError as e:
    print("TypeError", e)
print(Spy(3) == 3)
class Sub(Ver):
    def __eq__(self, o):
        print("Sub.eq first")
        return super().__eq__(o)
    __hash__ = Ver.__hash__
print(Ver("1") == Sub("1"))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (1 < 2) < 3, 1 == 1.0 == True)
class Chain:
    def __lt__(self, o):
        print("cmp")
        return True
print(Chain() < Chain() < Chain())
print([1, 2] == [1, 2.0], (1, "a") < (1, "b"), {1: [1]} == {1: [1]}, None == None, None is None)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], (n,) == (n,))
