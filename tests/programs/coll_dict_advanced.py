# dict ordering after deletions and re-insertions, views reflecting changes, nested updates, grouping/inversion idioms.
d = {}
for k in "edcba":
    d[k] = ord(k)
print(list(d))
del d["c"]
d["c"] = 0
print(list(d), list(d.values()))
d["e"] = 1
print(list(d.items())[:2])
keys, vals, items = d.keys(), d.values(), d.items()
d["z"] = 26
del d["a"]
print(list(keys), list(vals), len(items), ("z", 26) in items, ("z", 0) in items)
print(sorted(keys - {"e"}), sorted(keys | {"q"}), keys & {"d", "x"}, keys ^ {"d", "y"} == {"e", "b", "c", "z", "y"})
print(isinstance(keys, type({}.keys())), type(vals).__name__, type(items).__name__)
inventory = {"apples": 3, "pears": 0, "kiwis": 7}
clean = {k: v for k, v in inventory.items() if v}
print(clean, dict(sorted(inventory.items(), key=lambda kv: kv[1])))
people = [("ann", "nyc"), ("bob", "sf"), ("cy", "nyc"), ("di", "la"), ("ed", "sf")]
by_city = {}
for name, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
inverted = {}
for city, names in by_city.items():
    for n in names:
        inverted[n] = city
print(inverted == dict(people))
config = {"db": {"host": "x", "port": 1}, "debug": False}
override = {"db": {"port": 2}, "debug": True}
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(deep_merge(config, override), config)
counts = dict.fromkeys("abc", 0)
for ch in "abacabad":
    if ch in counts:
        counts[ch] += 1
print(counts, max(counts.items(), key=lambda kv: kv[1]), sum(counts.values()))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[2, 2], sum(v for (r, c), v in matrix.items() if r == c), sorted(matrix)[:4])
d2 = dict(a=1)
d2.update(b=2)
d2.update({"c": 3}.items())
print(d2, d2.get("a"), d2.pop("a"), d2.setdefault("a", 5), d2)
print(dict.fromkeys(range(3), []), {**{}}, dict(), {k: None for k in ()})
dd = {1: "a"}
print(dd.__contains__(1), dd.__getitem__(1), dd.__len__(), dd.__eq__({1: "a"}), dd.__ne__({}))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()), list(zip(*{"x": 1, "y": 2}.items())))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999], sum(big) == sum(range(1, 1000, 2)))
