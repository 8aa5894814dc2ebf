# dict constructor, methods, views and dunders (weft's own tests).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

print("ctor", dict(), dict(a=1), dict({"x": 1}, y=2), dict([("k", "v"), ["a", "b"]]), dict(zip("ab", "cd")))
print("ctor pairs of str", dict(["ab", "cd"]))
show("ctor two args", lambda: dict({}, {}))
show("ctor bad elem", lambda: dict([1, 2]))
show("ctor bad len", lambda: dict([(1, 2, 3)]))
show("ctor non-iterable", lambda: dict(5))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print("ctor mapping", dict(Mapping()))
d = {"a": 1, "b": 2}
print("get", d.get("a"), d.get("z"), d.get("z", 0), d.get([1], None) if False else "skip")
show("get unhashable", lambda: d.get([1]))
show("get no args", lambda: d.get())
print("setdefault", d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print("pop", d.pop("n"), d.pop("zz", "dflt"), d)
show("pop missing", lambda: d.pop("zz"))
show("pop no args", lambda: d.pop())
print("popitem", d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(Mapping())
print("update", d)
show("update two", lambda: d.update({}, {}))
k = d.keys()
v = d.values()
it = d.items()
print("views", k, v, it)
print("view len", len(k), len(v), len(it), k.__len__())
print("view contains", "a" in k, "zz" in k, 2 in v, ("x", 1) in it, ("x", 2) in it, "x" in it, ["x", 1] in it)
d["late"] = 0
print("live", list(k)[-1], list(v)[-1], list(it)[-1])
print("view reversed", list(reversed(k)), list(reversed(v))[:2], list(reversed(it))[:1])
print("view dunder ops", sorted(k.__and__({"a", "x", "q"})), sorted(k.__or__(["new"]))[:3], sorted(k.__sub__({"a"})), sorted(k.__xor__({"a", "zz"})))
print("view reflected", sorted(k.__rsub__({"a", "zz"})), sorted(k.__rand__({"x"})))
print("items view ops", sorted(it.__and__({("x", 1), ("y", 5)})))
print("view compare", k.__eq__(set(d)), k.__eq__({"a"}), k.__le__(set(d) | {"extra"}), k.__gt__({"a"}), v.__eq__ if False else "n/a")
print("isdisjoint", k.isdisjoint({"nope"}), k.isdisjoint(["a"]))
print("view types", type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
c = d.copy()
c["only"] = 1
print("copy", "only" in d, "only" in c, type(c).__name__)
c.clear()
print("clear", c, len(c))
print("fromkeys", dict.fromkeys("ab"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0))
class D(dict):
    pass
fk = D.fromkeys("xy", 1)
print("fromkeys subclass", type(fk).__name__, dict.__repr__(fk))
print("dunders", d.__getitem__("a"), d.__contains__("a"), d.__len__(), list(d.__iter__())[:2], list(d.__reversed__())[:2])
show("getitem missing", lambda: d.__getitem__("zz"))
d.__setitem__("s", 1)
d.__delitem__("s")
show("delitem missing", lambda: d.__delitem__("s"))
print("eq", d.__eq__(dict(d)), d.__eq__([]), d.__ne__({}), {1: 2}.__eq__({1: 2.0}))
print("or", {"a": 1}.__or__({"b": 2}), {"a": 1}.__or__([]), {"a": 1}.__ror__({"a": 0, "c": 3}))
m = {"a": 1}
print("ior", m.__ior__([("b", 2)]) is m, m)
m |= {"c": 3}
print("ior op", m)
print("repr", {"a": [1, {"b": None}]}.__repr__(), repr({1: "x"}))
print("hash none", dict.__hash__)
class Counter(dict):
    def __missing__(self, key):
        return 0
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
cc = Counter()
cc["a"] = 1
print("subclass", cc["a"], cc["b"], dict.__repr__(cc), cc.get("b"), dict.__getitem__(cc, "a"))
show("dict getitem missing uses __missing__", lambda: dict.__getitem__(cc, "nope"))
class Init(dict):
    def __init__(self, n):
        super().__init__(value=n)
print("subclass init", dict(Init(5)), Init(5)["value"])
print("reversed dict", list(reversed({"a": 1, "b": 2})), list(reversed({})))
e = {}
for i in range(20):
    e[i] = i
for i in range(0, 20, 2):
    del e[i]
print("after deletes", list(e)[:4], e.popitem(), len(e))
print("keys eq", {"a": 1}.keys() == {"a": 1}.keys() if False else "skip", list({}.items()))
show("popitem empty", lambda: {}.popitem())
show("descr", lambda: dict.get([], 1))
print("nested setdefault", {}.setdefault("k", []).__class__.__name__)
