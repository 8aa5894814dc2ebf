# Nested data structures: JSON-like records, traversal, path lookup, aggregation, pretty-printing by hand.
data = {
    "company": "Acme",
    "departments": [
        {"name": "eng", "staff": [{"name": "ann", "salary": 120, "skills": ["py", "rust"]}, {"name": "bob", "salary": 100, "skills": ["go"]}]},
        {"name": "ops", "staff": [{"name": "cy", "salary": 90, "skills": []}]},
        {"name": "empty", "staff": []},
    ],
    "meta": {"founded": 1999, "tags": ("a", "b")},
}
def walk(x, path=()):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from walk(v, path + (k,))
    elif isinstance(x, (list, tuple)):
        for i, v in enumerate(x):
            yield from walk(v, path + (i,))
    else:
        yield path, x
for p, v in walk(data):
    print("/".join(map(str, p)), "=", v)
def get(x, path, default=None):
    for k in path.split("."):
        try:
            x = x[int(k)] if isinstance(x, (list, tuple)) else x[k]
        except (KeyError, IndexError, ValueError):
            return default
    return x
print(get(data, "departments.0.staff.1.name"), get(data, "meta.tags.1"), get(data, "departments.5.name", "none"), get(data, "meta.x"))
totals = {d["name"]: sum(s["salary"] for s in d["staff"]) for d in data["departments"]}
print(totals, max(totals, key=totals.get))
skills = sorted({sk for d in data["departments"] for s in d["staff"] for sk in s["skills"]})
print(skills)
def pretty(x, indent=0):
    pad = "  " * indent
    if isinstance(x, dict):
        for k, v in x.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(x, list):
        for v in x:
            if isinstance(v, (dict, list)):
                print(f"{pad}-")
                pretty(v, indent + 1)
            else:
                print(f"{pad}- {v!r}")
pretty(data)
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(data), depth([]), depth([[[]]]), depth(5))
import copy
d2 = copy.deepcopy(data)
d2["departments"][0]["staff"][0]["salary"] = 999
print(data["departments"][0]["staff"][0]["salary"], d2 == data, d2["meta"] == data["meta"])
