# set and frozenset methods and dunders (weft's own tests). Sets are
# printed sorted: iteration order is an implementation detail.
def show(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r))
        print(label, r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

s = set([3, 1, 2, 3])
print("ctor", sorted(s), sorted(set("hello")), sorted(set({"k": 1})), set(), frozenset(), len(set(range(100))))
show("ctor kw", lambda: set(x=1))
show("ctor two", lambda: set([], []))
show("ctor int", lambda: set(5))
show("ctor unhashable", lambda: set([[1]]))
s.add(4)
s.add(1)
print("add", sorted(s), s.add(0), sorted(s))
s.discard(0)
s.discard(99)
print("discard", sorted(s))
s.remove(4)
show("remove missing", lambda: s.remove(4))
show("remove unhashable", lambda: s.remove([1]))
print("remove set key", {frozenset([1])}.remove({1}), "ok")
p = {7}
print("pop", p.pop(), p)
show("pop empty", lambda: set().pop())
c = s.copy()
c.add(100)
print("copy", sorted(s), sorted(c), c is s)
fs = frozenset([1, 2])
print("frozen copy is self", fs.copy() is fs)
c.clear()
print("clear", c)
a = {1, 2, 3, 4}
b = {3, 4, 5}
show("union", lambda: a.union(b, [9], [10]))
show("intersection", lambda: a.intersection(b, range(4)))
show("intersection none", lambda: a.intersection())
show("difference", lambda: a.difference(b, [1]))
show("symmetric_difference", lambda: a.symmetric_difference([4, 5, 6, 6]))
show("frozen union", lambda: fs.union([3]))
x = {1, 2, 3}
x.update([4], (5,))
print("update", sorted(x))
x.intersection_update({1, 2, 3, 4}, [2, 3, 4])
print("intersection_update", sorted(x))
x.difference_update([2])
print("difference_update", sorted(x))
x.symmetric_difference_update([3, 9, 9])
print("symmetric_difference_update", sorted(x))
x.difference_update(x)
print("difference_update self", x)
print("issubset", {1}.issubset([1, 2]), {1, 3}.issubset({1}), set().issubset(()), {1}.issubset({1}))
print("issuperset", {1, 2}.issuperset([1]), {1}.issuperset({1, 2}), {1}.issuperset(range(1, 2)))
print("isdisjoint", {1}.isdisjoint([2]), {1}.isdisjoint({1}), set().isdisjoint([]))
show("issubset int", lambda: {1}.issubset(5))
show("ops", lambda: (sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b)))
show("op types", lambda: (type(fs | {9}).__name__, type({9} | fs).__name__, type(fs & {1}).__name__, type({1} - fs).__name__))
show("dunder ops", lambda: (sorted(a.__or__(b)), a.__or__([1]), sorted(a.__rsub__({1, 9})), sorted(a.__rand__(frozenset({1})))))
y = {1, 2}
print("ior", y.__ior__({3}) is y, sorted(y), y.__ior__([5]))
y &= {1, 3, 7}
print("iand", sorted(y))
y -= {1}
print("isub", sorted(y))
y ^= {3, 4}
print("ixor", sorted(y))
f = frozenset([1])
f2 = f
f |= {2}
print("frozen ior makes new", sorted(f), sorted(f2), f is f2, type(f).__name__)
print("compare", {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2}, {1} == frozenset({1}), {1}.__lt__([1]))
print("dunders", {1, 2}.__len__(), {1}.__contains__(1), {frozenset()}.__contains__(set()), sorted({2, 1}.__iter__()), type(iter(set())).__name__)
show("contains unhashable", lambda: [] in {1})
print("hash", hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1]).__hash__() == hash(frozenset([1])), set.__hash__)
show("hash set", lambda: hash({1}))
print("repr", repr(set()), repr(frozenset()), repr({1}), repr(frozenset([1])), {1}.__repr__())
class S(set):
    pass
ss = S([1])
print("subclass", type(ss).__name__, repr(ss), type(ss | {2}).__name__, type(ss.copy()).__name__, isinstance(ss, set))
class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
tg = Tagged([3, 4], "t")
print("subclass init", sorted(tg), tg.tag, len(tg))
print("frozenset dedup as key", {frozenset([1, 2]): "v"}[frozenset([2, 1])])
print("set of tuples", sorted({(1, 2), (1, 2), (0, 1)}))
print("numeric dedup", len({1, 1.0, True}), len({0, -0.0, False}))
show("descr", lambda: set.add(frozenset(), 1))
show("frozen no add", lambda: frozenset().add(1))
