# property, custom descriptors (data and non-data), __set_name__, lookup precedence.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        del self._c
    @property
    def f(self):
        "Fahrenheit"
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f, Temp.f.__doc__, type(Temp.c).__name__)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError", e)
del t.c
print(hasattr(t, "_c"))
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Data(NonData):
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class Holder:
    nd = NonData()
    d = Data()
h = Holder()
h.__dict__["nd"] = "instance wins"
h.__dict__["d"] = "instance loses"
print(h.nd, h.d, Holder.nd)
try:
    h.d = 1
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
class Meth:
    def f(self):
        return "bound"
m = Meth()
bf = Meth.__dict__["f"].__get__(m, Meth)
print(bf(), Meth.f(m), m.f.__self__ is m, m.f.__func__ is Meth.f, type(m.f).__name__)
prop = property(lambda self: 42)
class Q:
    x = prop
print(Q().x, prop.fget(None), prop.fset, Q.x is prop)
