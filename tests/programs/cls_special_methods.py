# Container and misc dunders: __len__, __bool__, __contains__, __getitem__ with slices, __setitem__,
# __delitem__, __call__, __repr__/__str__, __format__, __missing__, __reversed__, __hash__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            return self.cells[y * self.w + x]
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.cells[key]
    def __setitem__(self, key, v):
        x, y = key
        self.cells[y * self.w + x] = v
    def __delitem__(self, key):
        x, y = key
        self.cells[y * self.w + x] = 0
    def __contains__(self, v):
        print("contains", v)
        return v in self.cells
    def __repr__(self):
        return f"Grid({self.w}x{self.h})"
    def __str__(self):
        return "\n".join(" ".join(str(self[x, y]) for x in range(self.w)) for y in range(self.h))
g = Grid(3, 2)
g[1, 0] = 5
g[2, 1] = 7
print(g[1, 0], g[2, 1], len(g), 7 in g, 9 in g, repr(g))
print(g)
del g[1, 0]
print(g[1:5], g[::2], g[:], g[1:2:3], g[-1])
print(str(g).splitlines(), [g], f"{g!r}", "%s|%r" % (g, g))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()), bool(object()), not Empty(), "yes" if Truthy() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), list(map(add5, [1, 2])))
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.c}c"
        return format(self.c / 100, spec or ".2f")
m = Money(12345)
print(f"{m}", f"{m:cents}", f"{m:>10.1f}", format(m), "{:,.3f}".format(m))
class Defaults(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
d = Defaults()
print(d["abc"], d["x"], d, d.get("zz"), "zz" in d)
class Rev:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev([1, 2]))), list(Rev([1, 2])), 2 in Rev([1, 2]))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class Idx:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        return self.store.get(repr(k), "?")
    def __setitem__(self, k, v):
        self.store[repr(k)] = v
i = Idx()
i["a"] = 1
i[1:2] = "slice"
i[1, 2] = "tuple"
print(i["a"], i[1:2], i[1, 2], i[...], sorted(map(str, i.store)))
