# copy module: shallow and deep copies, memo, cycles, hooks.
import copy


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print("shallow", b == a, b is a, b[1] is a[1], b[2] is a[2])
print("deep", c == a, c is a, c[1] is a[1], c[2]["k"] is a[2]["k"])
a[1].append(99)
print("after mutate", b[1], c[1])

d = {"x": [1, 2], "y": (3, [4])}
dc = copy.deepcopy(d)
print("dict deep", dc, dc["y"] is d["y"], dc["y"][1] is d["y"][1])
ds = copy.copy(d)
print("dict shallow", ds["x"] is d["x"], ds is d)

t = (1, 2, "three")
print("tuple atomic", copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print("tuple with list", copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2, 3}
print("set", copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy(s)))
fs = frozenset([1, 2])
print("frozenset", copy.copy(fs) is fs)
for v in [None, 1, 2.5, True, "str", b"bytes", len, range(3), int, Ellipsis]:
    print("atomic", repr(v) if not callable(v) or isinstance(v, type) else v.__name__,
          copy.copy(v) is v, copy.deepcopy(v) is v)
ba = bytearray(b"abc")
bc = copy.copy(ba)
bc[0] = 65
print("bytearray", ba, bc)

# cycles
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print("list cycle", cc[2] is cc, cc[2] is cyc, len(cc))
dcyc = {"name": "root"}
dcyc["self"] = dcyc
dd = copy.deepcopy(dcyc)
print("dict cycle", dd["self"] is dd, dd["name"])

shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print("shared refs preserved", pc[0] is pc[1], pc[0] is shared)

memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print("memo reuse", y1 is y2, id(x) in memo)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p.tags.append("a")
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print("instance", q, r, type(q) is Point, q.tags is p.tags, r.tags is p.tags)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None


n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m1 = copy.deepcopy(n1)
print("instance cycle", m1.val, m1.next.val, m1.next.next is m1, m1 is n1)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


sl = Slotted([1])
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print("slots", sc.a is sl.a, sd.a == sl.a, sd.a is sl.a, hasattr(sc, "b"))


class SlotChild(Slotted):
    __slots__ = ("c",)


sch = SlotChild(5)
sch.c = [6]
sch.b = 7
scc = copy.deepcopy(sch)
print("slot inheritance", scc.a, scc.b, scc.c, scc.c is sch.c, type(scc).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v + ["shallow"])

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ["deep"])


cu = Custom([1])
print("custom copy", copy.copy(cu).v)
print("custom deepcopy", copy.deepcopy(cu).v)
print("custom nested", [o.v for o in copy.deepcopy([cu, cu])])


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


ws = copy.deepcopy(WithState())
print("getstate/setstate", ws.data, ws.cache)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.extra = "x"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print("list subclass", type(mc).__name__, mc, mc.extra, mc[1] is ml[1], md[1] is ml[1], md.extra)


class MyDict(dict):
    pass


mdd = copy.deepcopy(MyDict(a=[1]))
print("dict subclass", type(mdd).__name__, mdd)


def func():
    return 1


print("functions and classes", copy.copy(func) is func, copy.deepcopy(Point) is Point)

err = ValueError("bad", 3)
ec = copy.copy(err)
print("exception copy", type(ec).__name__, ec.args, ec is err)

nested = [[[i, [i * 2]] for i in range(3)] for _ in range(2)]
nd = copy.deepcopy(nested)
nd[0][0][1].append("x")
print("nested deep", nested[0][0], nd[0][0])

show("copy.Error", lambda: issubclass(copy.Error, Exception))
show("copy.error alias", lambda: copy.error is copy.Error)
big = list(range(1000))
print("big deep", copy.deepcopy(big) == big, sum(copy.deepcopy(big)))
