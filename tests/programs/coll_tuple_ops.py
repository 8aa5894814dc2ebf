# tuples: packing, unpacking, methods, comparison, hashing, namedtuple.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[2], t[-1], t[1:4], t[::-2], t.count(1), t.index(4), 9 in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), (1, 2) + (3,), (0,) * 3)
a, b, *rest = t
print(a, b, rest)
*init, last = t
print(init, last)
first, *mid, end = "hello"
print(first, mid, end)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)], len({(1, 2), (1, 2), (2, 1)}))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError", e)
from collections import namedtuple
Point = namedtuple("Point", "x y")
pt = Point(3, 4)
print(pt, pt.x, pt[1], pt._asdict(), pt._replace(x=10), Point._fields, Point._make([5, 6]))
print(pt == (3, 4), isinstance(pt, tuple), sum(pt), max(pt), pt + (5,))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3)]), min((5, 1), (5, 0)))
print(tuple(x * 2 for x in t), tuple(sorted(t)), tuple(reversed(t)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], [a + b for a, b in [(1, 2), (3, 4)]])
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def ret_multi():
    return 1, "two", [3]
n, s, l = ret_multi()
print(n, s, l, ret_multi())
print(repr((1,)), repr(("a", None)), str((1.5, True)))
