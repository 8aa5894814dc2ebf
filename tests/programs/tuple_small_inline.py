# Tuples of every small size (0-2 items are stored inline, longer ones not):
# construction, access, equality, hashing, slicing, concatenation, repeat,
# unpacking, subclasses and identity of the empty tuple.
for n in range(6):
    t = tuple(range(n))
    u = tuple(list(range(n)))
    print(n, t, len(t), t == u, hash(t) == hash(u), t[-1:] if t else t, t[::-1], t * 2, t + (9,))
    print(" ", list(t), [x for x in t], t.count(1), (1 in t), t < (0, 5), repr(t), str(t))
e = ()
print(e is tuple(), tuple([]) is e, e == tuple(range(0)))
a, b = (1, "x")
(c,) = ("one",)
print(a, b, c, (1, 2) == (1, 2), (1, 2) != (1, 3), (1,) < (1, 0), (2,) > (1, 9))
d = {(1, 2): "pair", (1,): "single", (): "empty", (1, 2, 3): "triple"}
print(d[(1, 2)], d[(1,)], d[()], d[(1, 2, 3)], len(d))
print(sorted(d), sorted(d.items()))
print(list(enumerate("abc")), list(zip("ab", [1, 2])), list(zip("ab", "cd", "ef")))
print(dict([("k", 1), ("j", 2)]), divmod(17, 5), divmod(-7.5, 2))

class P(tuple):
    def total(self):
        return sum(self)
for n in range(5):
    p = P(range(n))
    print(type(p).__name__, p, p.total(), p == tuple(range(n)), isinstance(p, tuple), len(p))
print(P((1, 2)) + (3,), type(P((1, 2)) + (3,)).__name__)
import collections
Pt = collections.namedtuple("Pt", "x y")
q = Pt(1, 2)
print(q, q.x, q.y, q._replace(x=5), tuple(q), q == (1, 2))
nested = ((1, (2, (3, (4,)))), ())
print(nested, nested[0][1][1][1][0], hash(nested) == hash(((1, (2, (3, (4,)))), ())))
big = tuple(range(1000))
print(len(big), big[-1], big[500:503], sum(big))
pairs = [(i, str(i)) for i in range(10000)]
print(pairs[-1], sum(p[0] for p in pairs), len(set(pairs)))
