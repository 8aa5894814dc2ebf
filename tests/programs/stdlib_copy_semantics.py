# copy.copy vs copy.deepcopy, aliasing, custom __copy__/__deepcopy__, recursive structures.
import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "str": "s", "num": 7}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(6)
orig["num"] = 8
print(sh, dp, sh["list"] is orig["list"], dp["list"] is orig["list"])
l = [[0] * 3] * 3
l[0][0] = 1
print(l)
l2 = [[0] * 3 for _ in range(3)]
l2[0][0] = 1
print(l2)
a = [1, 2]
b = a
c = a[:]
a.append(3)
print(a, b, c, a is b, a is c, a == c)
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
t = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(t)
t2.children[1].children[0].v = 40
t3 = copy.copy(t)
t3.children.append(Node(5))
print(t, t2, t3.children is t.children, sep="\n")
class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Tracked(copy.deepcopy(self.v, memo))
tr = Tracked([1, 2])
x, y = copy.copy(tr), copy.deepcopy(tr)
print(x.v is tr.v, y.v is tr.v, y.v == tr.v)
rec = [1, 2]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[2] is rc, rc[2] is rec, len(rc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)), copy.deepcopy(frozenset([1])), copy.copy(None))
tup = (1, [2])
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy((1, 2)) is not None)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy({"k": {1}}))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = [1], 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
import collections
dq = collections.deque([[1], [2]])
dqc = copy.deepcopy(dq)
dq[0].append(9)
print(dq, dqc)
od = collections.OrderedDict(a=[1])
print(copy.deepcopy(od), copy.copy(collections.Counter("aab")), copy.deepcopy(collections.defaultdict(list, {"x": [1]})))
