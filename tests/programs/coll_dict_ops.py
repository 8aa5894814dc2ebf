# dict: methods, views, ordering, comprehension, merging.
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
d["d"] = 4; d["a"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d.popitem(), d)
print(d.setdefault("a", 0), d.setdefault("new", []), d)
d["new"].append(1); print(d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
del d["x"]; print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("abc", range(3))), dict.fromkeys("xy"), dict.fromkeys([1, 2], 0))
print({k: v * 2 for k, v in {"a": 1, "b": 2}.items()}, {i: i * i for i in range(5) if i % 2 == 0})
m1 = {"a": 1, "b": 2}; m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1, {**m1, **m2}, dict(m1, **m2))
m1 |= m2; print(m1)
ks = d.keys()
d["late"] = 0
print(ks, len(ks), "late" in ks)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} != {1: 2})
k1 = {"a": 1, "b": 2}.keys(); k2 = {"b": 0, "c": 0}.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2), k1 == {"a", "b"})
print(sorted({"a": 1}.items() | {("b", 2)}))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, sorted(d.items(), key=lambda kv: str(kv[1])) != None)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
e = {}
for w in "the cat and the hat and the bat".split():
    e[w] = e.get(w, 0) + 1
print(e, max(e, key=e.get), sorted(e, key=lambda k: (-e[k], k)))
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
c = d.copy(); c.clear(); print(c, bool(c), bool(d))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"}, {(1, 2): "tuple", None: "none"})
rd = {}; rd["self"] = rd; print(rd)
