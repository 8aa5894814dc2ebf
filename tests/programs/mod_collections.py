# collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


# deque
d = deque()
print(d, repr(deque([1, 2])), deque([1], maxlen=3), deque("abc", 2), deque(maxlen=0))
d = deque(range(5))
d.append(5)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[3], 3 in d, 99 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
for n in (1, -2, 0, 7, -13):
    d.rotate(n)
    print("rotate", n, d)
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(1, -2))
err(d.index, 9)
d.insert(1, "i")
d.insert(-1, "j")
d.insert(100, "end")
print(d)
d.remove(2)
print(d)
err(d.remove, 42)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d, d.copy(), d.copy() == d, d.copy() is d)
err(lambda: d[100])
err(lambda: d[-100])
err(lambda: d["x"])
err(deque().pop)
err(deque().popleft)
err(deque, [], -1)
b = deque(maxlen=3)
for i in range(7):
    b.append(i)
    print("bounded", list(b), b.maxlen)
b.appendleft("L")
print(b)
b.extendleft([10, 11])
print(b)
err(b.insert, 0, "x")
b.clear()
print(b, len(b), b.maxlen)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1, 2, 3], maxlen=4) * 2)
dd = deque([1])
dd += [2, 3]
dd.extend(dd)
print(dd, [x * 10 for x in dd], sum(dd), sorted(deque([3, 1, 2])))
print(deque(maxlen=2).maxlen, deque().maxlen)
err(hash, deque())

# defaultdict
dl = defaultdict(list)
for w in "one two three four five six seven".split():
    dl[len(w)].append(w)
print(dl)
print(dl[3], dl[10], 10 in dl, 11 in dl, dl.get(12), 12 in dl)
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), di["q"], len(di))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(set, a={1}))
print(defaultdict(list).default_factory, defaultdict(lambda: 7)["k"])
dn = defaultdict(None)
err(lambda: dn["missing"])
err(defaultdict, 5)
dc = dl.copy()
print(type(dc).__name__, dc.default_factory is list, dc == dl, isinstance(dl, dict))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(sorted(t["a"]), t["a"]["b"]["c"])
dd2 = defaultdict(str, {"a": "x"}) | {"b": "y"}
print(type(dd2).__name__, dd2)
df = defaultdict(list)
df.default_factory = tuple
print(df["z"], df)

# OrderedDict
od = OrderedDict()
for k in "dbca":
    od[k] = ord(k)
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(list(od))
od.move_to_end("a", last=False)
print(list(od))
err(od.move_to_end, "zz")
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1), OrderedDict([(1, 2), (3, 4)]))
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == o1.copy())
print(list(reversed(o1)), OrderedDict.fromkeys("abc", 0))
err(OrderedDict().popitem)
err(OrderedDict().popitem, last=False)
o1["x"] = 100
print(o1, o1.pop("x"), o1, o1.setdefault("q", 5), o1)
print(o1 | {"z": 0})

# Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), c.total(), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(b=2, a=1, c=0, d=-1).elements()))
c.update("zzz")
c.update({"a": -5})
c.update(x=2)
print(c)
c.subtract("aaa")
c.subtract(x=1)
print(c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a & b, a | b, +a, -a)
a2 = Counter(a=3, b=1)
a2 += Counter(a=-3, c=2)
print(a2)
a2 -= Counter(c=1)
print(a2)
a2 |= Counter(b=5)
print(a2)
a2 &= Counter(b=2, c=9)
print(a2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3), Counter(a=2) >= Counter(a=1))
print(Counter(), Counter([]), Counter({"k": 4}), Counter(cats=4, dogs=8))
print(Counter("hello world").most_common(3))
print(Counter(["b", "a", "b", "c", "a", "c", "d"]).most_common())
del c["zzz-not-there"]
del c["z"]
print(c)
err(Counter.fromkeys, "abc")
wc = Counter(w for w in "a b a c b a".split())
print(wc, dict(wc), sorted(wc))
cc = wc.copy()
cc["a"] = 0
print(cc, wc, type(cc).__name__)

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
print(Point(x=5, y=6), Point(7, y=8), Point._fields, p._asdict(), Point.__name__)
print(p._replace(x=9), p._replace(), Point._make((3, 4)), Point._make(range(2)))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), type(p).__name__, p + (3,), p * 2, p.count(1), p.index(2))
print({p: "pt"}[Point(1, 2)], sorted([Point(2, 0), Point(1, 9), Point(1, 1)]))
P3 = namedtuple("P3", "a, b c", defaults=(0, 1))
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3._fields)
R = namedtuple("R", ["abc", "def", "_x", "abc", "ok", "2bad"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
err(namedtuple, "Bad", ["x", "_y"])
err(namedtuple, "Bad", ["x", "x"])
err(namedtuple, "Bad", ["x", "def"])
err(namedtuple, "Bad", ["x", "1y"])
err(namedtuple, "has space", ["x"])
err(namedtuple, "T", "a b", defaults=(1, 2, 3))
err(Point, 1)
err(Point)
err(Point, 1, 2, 3)
err(Point, 1, 2, z=3)
err(Point, 1, x=2)
err(P3, 1, 2, 3, 4)
err(Point._make, [1])
err(p._replace, z=3)
err(setattr, p, "x", 10)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
T3 = namedtuple("T3", "a b c")
print(T3(1, 2, 3), T3(*"xyz"), T3(**{"a": 1, "b": 2, "c": 3}))
err(T3)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def mag2(self):
        return self.x * self.x + self.y * self.y

v = Vec(1, 2) + Vec(3, 4)
print(v, v.mag2, type(v).__name__, isinstance(v, tuple), Vec._fields)

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), list(cm), "a" in cm, "z" in cm)
print(cm.get("z", "dflt"), sorted(cm.items()), dict(cm))
cm["a"] = 100
print(cm.maps, base)
child = cm.new_child()
child["c"] = "child"
print(child, child["c"], child.parents)
err(lambda: cm["zz"])
del cm["a"]
err(cm.__delitem__, "a")
print(cm, ChainMap(), bool(ChainMap()), bool(cm))
