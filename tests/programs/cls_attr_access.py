# __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr/delattr.
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_abc"), getattr(d, "nope", "default"), hasattr(d, "nope"), hasattr(d, "x_ok"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Logged()
l.a = 1
l.b = 2
setattr(l, "c", 3)
del l.a
print(l.log, l.b, l.secret, vars(l).get("c"), hasattr(l, "a"))
class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen(5)
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError", e, f.x)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pl = Proxy([3, 1, 2])
pl.append(0)
pl.sort()
print(pl._target, pl.count(1), pl.index(3))
class O:
    pass
o = O()
o.x = 1
setattr(o, "y with space", 2)
print(getattr(o, "y with space"), o.__dict__, sorted(dir(o))[-2:])
delattr(o, "x")
print(o.__dict__)
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __getattribute__(self, name):
        d = object.__getattribute__(self, "__dict__")
        d["hits"] = d.get("hits", 0) + 1
        return object.__getattribute__(self, name)
c = Counter()
c.v = 10
_ = c.v; _ = c.v
print(object.__getattribute__(c, "hits"))
class Fallback:
    y = "class"
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback:" + name
print(Fallback().y, Fallback().anything)
o.__dict__["z"] = 9
print(o.z, O.__dict__["__module__"])
