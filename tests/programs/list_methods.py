# list methods, dunders and errors (weft's own tests).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

a = [5, 3, 8]
a.append(1)
a.extend(range(2))
a.extend("xy")
a.extend(a[:2])
print("extend", a)
b = [1, 2]
b.extend(b)
print("extend self", b)
a.insert(-100, "head")
a.insert(100, "tail")
a.insert(2, "mid")
print("insert", a)
print("pop", a.pop(), a.pop(0), a.pop(-1), a.pop(1), a)
show("pop empty", lambda: [].pop())
show("pop range", lambda: [1].pop(5))
show("pop neg range", lambda: [1].pop(-2))
show("pop str", lambda: [1].pop("a"))
show("pop big", lambda: [1].pop(10 ** 30))
c = [1, 2, 3, 2, 1]
c.remove(2)
print("remove", c)
show("remove missing", lambda: c.remove(9))
print("index", c.index(1), c.index(1, 1), c.index(2, -3), c.index(1, -1, 10 ** 20))
show("index missing", lambda: c.index("zz"))
show("index start", lambda: c.index(3, 3))
show("index range", lambda: [1, 2, 3].index(1, 1, 2))
print("count", [1, 1.0, True, 2].count(1), [[]].count([]), [].count(0))
n = [3, 1, 2]
print("sort returns", n.sort(), n)
n.sort(key=lambda v: -v)
print("sort key", n)
n.sort(reverse=1)
print("sort reverse int flag", n)
show("sort positional", lambda: n.sort(None))
show("sort bad kw", lambda: n.sort(foo=1))
show("sort mixed", lambda: [1, "a", 2].sort())
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print("stable", words)
words.sort(key=len, reverse=True)
print("stable reverse", words)
r = [1, 2, 3]
r.reverse()
print("reverse", r, [].reverse())
cp = r.copy()
print("copy", cp, cp is r, cp == r)
cp.clear()
print("clear", cp, r)
show("append no arg", lambda: [].append())
show("append two", lambda: [].append(1, 2))
show("append kw", lambda: [].append(x=1))
show("insert one", lambda: [].insert(1))
show("copy arg", lambda: [].copy(1))
show("descr", lambda: list.append((), 1))
l = [1, 2]
print("iadd ret", l.__iadd__([3]) is l, l)
print("imul ret", l.__imul__(2) is l, l)
l *= 0
print("imul 0", l)
full = [1, 2, 3]
print("getitem", full.__getitem__(-1), full[::-1])
show("getitem str", lambda: [1].__getitem__("a"))
show("getitem range", lambda: [1][3])
fl = 1.0
show("getitem float", lambda: [1][fl])
m = [0, 1, 2, 3, 4, 5]
m.__setitem__(0, "z")
m[1:3] = "ab"
m[::2] = [7, 8, 9]
print("setitem", m)
def ext():
    m[::2] = [1]
show("ext slice size", ext)
class K:
    def __getitem__(self, k):
        return k
sl = K()[0:1]
show("assign non-iterable", lambda: m.__setitem__(sl, 5))
m.__delitem__(0)
del m[::2]
print("delitem", m)
show("del range", lambda: m.__delitem__(10))
print("len contains", [1, 2].__len__(), [1, 2].__contains__(2), [[1]].__contains__([1]))
print("iter", list([4, 5].__iter__()), type([].__iter__()).__name__)
print("add", [1].__add__([2]), [1] + [2, 3])
show("add tuple", lambda: [1] + (2,))
print("mul", [1, 2].__mul__(2), [0].__rmul__(3), 2 * [1], [1] * -1)
show("mul str", lambda: [1].__mul__("a"))
print("cmp", [1, 2].__lt__([1, 3]), [1].__eq__([1]), [1].__eq__((1,)), [2].__ge__([1, 5]))
print("repr", [1, "a", None].__repr__(), repr([[]]))
print("hash none", list.__hash__)
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)
    def __len__(self):
        return super().__len__() + 100
ll = L([1, 2, 3])
ll[0] = 5
print("subclass", ll[0], ll[1:], len(ll), list.__len__(ll), type(ll).__name__, repr(ll))
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
s = Stack("st")
s.append(1)
print("subclass init", s, s.name, isinstance(s, list))
print("list()", list(), list((1, 2)), list({1: 2}), list(range(3)), list("ab"))
show("list kw", lambda: list(x=1))
show("list two", lambda: list(1, 2))
show("list int", lambda: list(5))
print("reversed", list(reversed([1, 2, 3])), type(reversed([])).__name__, list([1, 2].__reversed__()))
big = list(range(100))
big.sort(key=lambda v: (v % 3, v))
print("sorted key tuples", big[:5], big[-5:])
print("sort strings", sorted(["b", "B", "a", "A"]), sorted([2.5, 1, True, -3]))
def bad_key(v):
    if v == 3:
        raise ValueError("bad key")
    return v
q = [5, 3, 1]
show("key raises", lambda: q.sort(key=bad_key))
print("after failed sort", q)
t = (1, 2, 3, 2)
print("tuple", t.index(2), t.index(2, 2), t.count(2), t.__len__(), t.__contains__(3), t[1:], t[::-1], t.__hash__() == hash(t))
show("tuple index missing", lambda: t.index(9))
show("tuple item assign", lambda: t.__setitem__(0, 1))
print("tuple()", tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple(x for x in "xy"))
print("tuple ops", (1,) + (2,), (1, 2) * 2, 2 * (3,), (1, 2) < (1, 3), (1,).__eq__([1]))
class T(tuple):
    pass
tt = T([1, 2])
print("tuple subclass", tt, type(tt).__name__, tt + (3,), type(tt[:]).__name__, len(tt))
