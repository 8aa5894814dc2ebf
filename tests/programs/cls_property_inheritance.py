# Properties across inheritance: overriding getters, extending setters via super(), abstract-style templates.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("Base.setter", x)
        self._v = x
    @property
    def kind(self):
        return "base"
    def describe(self):
        return f"{self.kind}:{self.v}"
class Child(Base):
    @property
    def kind(self):
        return "child/" + super().kind
    @Base.v.setter
    def v(self, x):
        print("Child.setter", x)
        Base.v.fset(self, x * 10)
class ReadOnly(Base):
    @property
    def v(self):
        return -self._v
b, c, r = Base(), Child(), ReadOnly()
b.v = 2; c.v = 3
print(b.describe(), c.describe(), r.describe())
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError", e)
print(type(Child.__dict__["v"]).__name__, Child.v.fget is Base.v.fget, Child.v.fset is Base.v.fset)
class Template:
    def run(self):
        return [self.step1(), self.step2(), self.hook()]
    def step1(self):
        return "t1"
    def step2(self):
        raise NotImplementedError(f"{type(self).__name__} must implement step2")
    def hook(self):
        return "default hook"
class Impl(Template):
    def step2(self):
        return "impl2"
class Impl2(Impl):
    def hook(self):
        return "custom:" + super().hook()
print(Impl().run(), Impl2().run())
try:
    Template().run()
except NotImplementedError as e:
    print("NotImplementedError", e)
class Counter:
    _count = 0
    @property
    def count(self):
        return type(self)._count
    def inc(self):
        type(self)._count += 1
class SubCounter(Counter):
    _count = 100
a, s = Counter(), SubCounter()
a.inc(); s.inc(); s.inc()
print(a.count, s.count, Counter._count, SubCounter._count)
class Attr:
    x = "class attr"
class Shadow(Attr):
    @property
    def x(self):
        return "property in subclass"
print(Attr().x, Shadow().x)
sh = Shadow()
try:
    sh.x = 1
except AttributeError as e:
    print("AttributeError", e)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
cc = Cached()
print(cc.value + cc.value, cc.calls, getattr(cc, "value"), cc.calls, hasattr(cc, "value"), cc.calls)
