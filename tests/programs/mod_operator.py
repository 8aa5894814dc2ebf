# operator: every function, in-place ops, getters and their reprs, errors.
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
             "and_", "or_", "xor", "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not"]:
    fn = getattr(operator, name)
    print(name, fn(13, 4), fn(-7, 2), fn(6, 3))
for name in ["neg", "pos", "abs", "invert", "inv", "not_", "truth", "index"]:
    fn = getattr(operator, name)
    print(name, fn(5), fn(-3), fn(0), fn(True))
print("floats", operator.truediv(1, 4), operator.floordiv(7.5, 2), operator.mod(-7.5, 2), operator.pow(2, -1))
print("strings", operator.add("ab", "cd"), operator.mul("ab", 3), operator.mod("%d-%s", (1, "x")))
print("lists", operator.add([1], [2]), operator.mul([0], 3), operator.concat((1,), (2,)))
print("sets", operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}), operator.sub({1, 2}, {2}))
print("compare mixed", operator.lt(1, 1.5), operator.eq(1, 1.0), operator.ne("a", "b"), operator.ge([1, 2], [1]))
show("div zero", lambda: operator.truediv(1, 0))
show("floordiv zero", lambda: operator.floordiv(1, 0))
show("mod zero", lambda: operator.mod(1, 0))
show("add mismatch", lambda: operator.add(1, "a"))
show("lt mismatch", lambda: operator.lt(1, "a"))
show("neg str", lambda: operator.neg("a"))
show("index float", lambda: operator.index(1.5))
show("index str", lambda: operator.index("7"))
show("concat ints", lambda: operator.concat(1, 2))
show("iconcat ints", lambda: operator.iconcat(1, 2))


class Idx:
    def __index__(self):
        return 42


print("index custom", operator.index(Idx()), operator.index(True))

seq = [5, 1, 5, 2, 5]
print("contains", operator.contains(seq, 2), operator.contains("hello", "ell"), operator.contains({"k": 1}, "v"))
print("countOf", operator.countOf(seq, 5), operator.countOf("banana", "a"), operator.countOf([], 1))
print("indexOf", operator.indexOf(seq, 2), operator.indexOf("abc", "c"))
show("indexOf missing", lambda: operator.indexOf(seq, 9))
nan = float("nan")
print("countOf identity", operator.countOf([nan, nan], nan), operator.indexOf([1, nan], nan))
lst = list(range(6))
operator.setitem(lst, 0, "zero")
operator.setitem(lst, slice(1, 3), ["a", "b", "c"])
operator.delitem(lst, -1)
operator.delitem(lst, slice(0, 1))
print("set/del item", lst, operator.getitem(lst, 2), operator.getitem(lst, slice(None, None, -1)))
dct = {}
operator.setitem(dct, "k", 1)
print("dict item", dct, operator.getitem(dct, "k"))
show("getitem missing", lambda: operator.getitem(dct, "zz"))
show("getitem index", lambda: operator.getitem([1], 5))
show("delitem missing", lambda: operator.delitem(dct, "zz"))
print("length_hint", operator.length_hint([1, 2]), operator.length_hint(x for x in []),
      operator.length_hint(5, 17))


class Hinted:
    def __length_hint__(self):
        return 12


class BadHint:
    def __length_hint__(self):
        return -1


class NoHint:
    def __length_hint__(self):
        return NotImplemented


print("length_hint custom", operator.length_hint(Hinted()), operator.length_hint(NoHint(), 3))
show("length_hint negative", lambda: operator.length_hint(BadHint()))
show("length_hint bad default", lambda: operator.length_hint([], "x"))

# in-place operators: immutable returns new, mutable mutates
a = [1, 2]
b = operator.iadd(a, [3])
print("iadd list", a, b is a)
for name, x, y in [("iadd", 5, 2), ("isub", 5, 2), ("imul", 5, 2), ("itruediv", 5, 2), ("ifloordiv", 5, 2),
                   ("imod", 5, 2), ("ipow", 5, 2), ("ilshift", 5, 2), ("irshift", 5, 2), ("iand", 5, 3),
                   ("ior", 5, 2), ("ixor", 5, 3), ("iconcat", "ab", "c")]:
    print(name, getattr(operator, name)(x, y))
st = {1}
operator.ior(st, {2})
operator.iand(st, {2, 3})
print("set inplace", st)


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, other):
        self.log.append(other)
        return self


acc = Acc()
print("custom iadd", operator.iadd(acc, 1) is acc, operator.iadd(acc, 2).log)

# getters
g1 = itemgetter(1)
g2 = itemgetter(0, -1)
g3 = itemgetter("name", "age")
print("itemgetter", g1("abc"), g2("abc"), g3({"name": "n", "age": 3}), itemgetter(slice(1, 3))("hello"))
print("itemgetter reprs", repr(g1), repr(g2), repr(g3), repr(itemgetter(slice(1, 2))))
show("itemgetter missing", lambda: itemgetter(5)([1]))
show("itemgetter no args", lambda: itemgetter())
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print("sort by itemgetter", [r["n"] for r in sorted(rows, key=itemgetter("v", "n"))])


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def hello(self, who="world", punct="."):
        return f"hello {who}{punct}"


o = Obj(a=1, b=Obj(c=Obj(d="deep")), name="obj")
ag = attrgetter("a")
ag2 = attrgetter("a", "b.c.d")
print("attrgetter", ag(o), ag2(o), attrgetter("b.c")(o).d)
print("attrgetter reprs", repr(ag), repr(ag2), repr(attrgetter("x.y")))
show("attrgetter missing", lambda: attrgetter("zzz")(o))
show("attrgetter missing dotted", lambda: attrgetter("b.zzz")(o))
show("attrgetter non-str", lambda: attrgetter(1))
show("attrgetter none", lambda: attrgetter())
mc = methodcaller("hello")
mc2 = methodcaller("hello", "you", punct="!")
print("methodcaller", mc(o), mc2(o), methodcaller("split", ",")("a,b,c"), methodcaller("get", "k", 0)({}))
print("methodcaller reprs", repr(mc), repr(mc2), repr(methodcaller("f", 1, [2], x="y")))
show("methodcaller missing", lambda: methodcaller("nope")(o))
show("methodcaller non-str", lambda: methodcaller(5))
show("methodcaller none", lambda: methodcaller())
print("map getters", list(map(itemgetter(0), ["xy", "zw"])), list(map(attrgetter("real"), [1, 2.5])))
print("sorted attrgetter", [x.name for x in sorted([Obj(name="q"), Obj(name="c")], key=attrgetter("name"))])
print("call", operator.call(max, 3, 9, 2), operator.call(sorted, [3, 1], reverse=True))
print("dunder aliases", operator.__add__(1, 2), operator.__not__(1), operator.__getitem__("ab", 1))
print("matmul missing", end=" ")
show("", lambda: operator.matmul(1, 2))
