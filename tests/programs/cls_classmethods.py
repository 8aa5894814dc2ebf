# classmethod, staticmethod, alternative constructors, class attributes vs instance attributes.
class Date:
    fmt = "{y:04d}-{m:02d}-{d:02d}"
    instances = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).instances += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_like(cls):
        return cls(2024, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return self.fmt.format(y=self.y, m=self.m, d=self.d)
class EuroDate(Date):
    fmt = "{d:02d}.{m:02d}.{y:04d}"
d1 = Date.from_string("2023-07-14")
d2 = EuroDate.from_string("2020-02-29")
print(d1, d2, type(d2).__name__, EuroDate.today_like())
print(Date.is_leap(2000), Date.is_leap(1900), d1.is_leap(2024), EuroDate.is_leap(2023))
print(Date.instances, EuroDate.instances)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
sm = staticmethod(lambda x: x * 2)
cm = classmethod(lambda cls: cls.__name__)
class T:
    s = sm
    c = cm
print(T.s(4), T().s(5), T.c(), T().c())
class Registry:
    _items = []
    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return item
    @classmethod
    def count(cls):
        return len(cls._items)
Registry.register("a"); Registry.register("b")
print(Registry.count(), Registry._items)
class Sub(Registry):
    _items = []
Sub.register("z")
print(Sub.count(), Registry.count())
class Inst:
    shared = []
    def __init__(self):
        self.own = []
a, b = Inst(), Inst()
a.shared.append(1); a.own.append(2)
print(b.shared, b.own, Inst.shared)
a.shared = ["rebinding"]
print(a.shared, b.shared, Inst.shared)
class P:
    @staticmethod
    def helper():
        return "helped"
    def use(self):
        return self.helper() + "/" + P.helper()
print(P().use())
