# __eq__/__hash__ interplay: inheritance of __hash__, unhashable classes, dict/set behaviour with custom keys.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq.__hash__ is None, OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    {OnlyEq(1): 1}
except TypeError as e:
    print("TypeError", e)
class EqHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)
d = {EqHash(1): "one", EqHash(2): "two"}
print(d[EqHash(1)], EqHash(2) in d, len({EqHash(3), EqHash(3), EqHash(4)}))
class InheritsEq(EqHash):
    pass
print(InheritsEq.__hash__ is EqHash.__hash__, hash(InheritsEq(5)) == hash(5))
class OverridesEqOnly(EqHash):
    def __eq__(self, o):
        return True
print(OverridesEqOnly.__hash__)
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)
class CountingKey:
    eq_calls = 0
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k) % 3
    def __eq__(self, o):
        CountingKey.eq_calls += 1
        return self.k == o.k
keys = [CountingKey(i) for i in range(6)]
table = {k: k.k * 10 for k in keys}
print([table[CountingKey(i)] for i in range(6)], CountingKey.eq_calls > 0)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s, len(s))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5) == hash(0.5), hash("") == hash(""), hash(()) == hash(()))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {1.0: "a"}[1], {(1, 2): 0}[1, 2])
class NaNLike:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = NaNLike()
print(n == n, n in [n], [n].count(n), [n].index(n), {n: 1}[n])
class Str(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())
    __hash__ = str.__hash__
print(Str("ABC") == "abc", Str("abc") == "ABC", "abc" == Str("ABC"))
