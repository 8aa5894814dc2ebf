# Cooperative multiple inheritance with **kwargs, mixins, name mangling, __class__ cell, super in classmethods.
class Base:
    def __init__(self, **kw):
        if kw:
            print("leftover kwargs", sorted(kw))
        super().__init__()
        print("Base.__init__")
class Named(Base):
    def __init__(self, name="anon", **kw):
        self.name = name
        print("Named.__init__", name)
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        print("Aged.__init__", age)
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person.__init__")
        super().__init__(**kw)
p = Person(name="Ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
Person(name="x", extra=1)
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))})"
class Point(JsonMixin, EqMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self._cache = None
a, b = Point(1, 2), Point(1, 2)
print(a, a.to_json(), a == b, a != Point(2, 1), len({a, b}))
class Secret:
    def __init__(self):
        self.__hidden = "mangled"
        self._soft = "convention"
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._Secret__hidden, sorted(vars(s)), hasattr(s, "__hidden"))
class SubSecret(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "sub"
ss = SubSecret()
print(ss.reveal(), ss._SubSecret__hidden, sorted(vars(ss)))
class WithClassCell:
    def who(self):
        return __class__.__name__
class Child(WithClassCell):
    pass
print(Child().who(), type(Child()).__name__)
class Factory:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return f"<{type(self).__name__}>"
class SpecialFactory(Factory):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.special = True
        return obj
sf = SpecialFactory.create()
print(sf, sf.special, Factory.create())
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B+" + super().hello()
class C(A):
    def hello(self):
        return "C+" + super().hello()
class D(B, C):
    def hello(self):
        return "D+" + super().hello()
print(D().hello(), super(B, D()).hello(), super(C, D()).hello())
class Sized:
    def __len__(self):
        return 3
class Iterable_:
    def __iter__(self):
        return iter(range(len(self)))
class Combo(Iterable_, Sized):
    pass
print(list(Combo()), len(Combo()), bool(Combo()))
