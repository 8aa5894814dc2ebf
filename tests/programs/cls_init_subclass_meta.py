# __init_subclass__, __class_getitem__, metaclasses (__new__, __init__, __call__, __prepare__), type().
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Plugin.registry["b"].__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        ns["fields"] = sorted(k for k in ns if not k.startswith("_"))
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, [b.__name__ for b in bases], kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def describe(cls):
        return f"{cls.__name__}{cls.fields}"
class Model(metaclass=Meta, option=1):
    x = 1
    def method(self):
        return "m"
class Sub(Model):
    y = 2
s = Sub()
print(type(Model).__name__, Model.created_by, Model.fields, Sub.fields, Sub.describe(), isinstance(Sub, Meta))
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
class WithPrep(metaclass=Ordered):
    a = 1
print(WithPrep.injected, WithPrep.a)
Dyn = type("Dyn", (object,), {"v": 5, "get": lambda self: self.v * 2})
print(Dyn.__name__, Dyn().get(), Dyn.v, type(Dyn), type(type), type(5).__name__)
Child = type("Child", (Dyn,), {})
print(Child().get(), Child.__mro__[1].__name__, Child.__qualname__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Config(1) is Config(2), Config(3).v)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
class NewCtrl:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, a):
        print("__init__", a)
n = NewCtrl(7)
print(n.made)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(ReturnsOther())
class M2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via M2>"
class R(metaclass=M2): pass
print(R, repr(R), [R])
print(type.__name__, object.__name__, int.__mro__, bool.__mro__)
