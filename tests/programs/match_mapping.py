# Mapping patterns: keys, **rest, nested, value keys, non-mappings, errors.

def m(x):
    match x:
        case {}:
            if not x:
                return "empty dict"
            return f"any mapping {sorted(x)}" if len(x) > 5 else m2(x)
    return "not a mapping"

def m2(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t, **kw} if not kw:
            return f"bare {t}"
        case {1: one, 2.0: two}:
            return f"numeric {one} {two}"
        case {"n": [a, *b]}:
            return f"nested {a} {b}"
        case {**rest}:
            return f"rest only {rest}"

for v in [{}, {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "square"}, {"type": "square", "size": 2},
          {1: "a", 2: "b"}, {"n": [1, 2, 3]}, {"n": 5},
          dict.fromkeys("abcdefg", 0), [1, 2], "str", None]:
    print(m(v))

class Keys:
    A = "a"
    B = "b"

match {"a": 1, "b": 2}:
    case {Keys.A: x, Keys.B: y}:
        print("value keys", x, y)

# defaultdict: missing keys are not created by the match
from collections import defaultdict, OrderedDict, Counter
d = defaultdict(list)
d["x"] = 1
match d:
    case {"y": _}:
        print("wrong")
    case {"x": v}:
        print("defaultdict", v, sorted(d))

match OrderedDict(a=1, b=2):
    case {"a": 1, **rest}:
        print("ordered", dict(rest))

match Counter("hello"):
    case {"l": 2, "h": h}:
        print("counter", h)

# user mapping with get()
class Mapping(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

match Mapping(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": z}:
        print("custom get", z)

# runtime duplicate keys via value patterns
class K:
    X = "k"
    Y = "k"
try:
    match {"k": 1}:
        case {K.X: 1, K.Y: 2}:
            pass
except ValueError as e:
    print(type(e).__name__, e)

# compile-time duplicate keys and bad keys
for src in [
    "match x:\n case {'a': 1, 'a': 2}: pass\n",
    "match x:\n case {1: _, 1.0: _}: pass\n",
    "match x:\n case {f(): _}: pass\n",
    "match x:\n case {**rest, 'a': 1}: pass\n",
    "match x:\n case {'a': y, 'b': y}: pass\n",
    "match x:\n case {'a': y, **y}: pass\n",
]:
    try:
        compile(src, "x", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)

# rest is a fresh dict
orig = {"a": 1, "b": 2}
match orig:
    case {"a": _, **rest}:
        rest["c"] = 3
        print(orig, rest)
