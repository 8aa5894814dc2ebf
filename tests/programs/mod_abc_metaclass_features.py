# Class-creation machinery the stdlib ABC/enum/typing code relies on.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class A(metaclass=Meta, flag=True):
    x = 1

    def __init__(self, v, *, w=0):
        self.v = v + w


a = A(1, w=2)
print(a.v, A.injected, type(A).__name__)


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)


class LM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logged()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class B(metaclass=LM):
    a = 1

    def m(self):
        pass


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, Csv.plugin_name)


class Field:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name

    def __get__(self, obj, owner=None):
        return self.name if obj is None else obj.__dict__.get(self.name, "unset")


class Rec:
    f = Field()
    g = Field()


print(Rec.f, Rec.g, Rec().f)


class Alias:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        return (self.origin,)


class Derived(Alias(dict)):
    pass


print(Derived.__bases__, Derived.__orig_bases__[0].origin, Derived(a=1))


class Sized:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Sized[int], Sized[str])


class M2(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns, **kw)


class Base2(metaclass=M2):
    pass


Dyn = type("Dyn", (Base2,), {"z": 1})
print(type(Dyn).__name__, Dyn.made_by, Dyn.z)


class Other(type):
    pass


class C1(metaclass=Other):
    pass


try:
    class Bad(Base2, C1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(A, 5).v, M2("T", (), {}).made_by, hasattr(type.__new__(M2, "U", (), {}), "made_by"))


class Check(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, int)


class IntLike(metaclass=Check):
    pass


print(isinstance(3, IntLike), isinstance("3", IntLike), issubclass(bool, IntLike), issubclass(str, IntLike))


class Q:
    class Inner:
        def method(self):
            pass


print(Q.Inner.__qualname__, Q.Inner.method.__qualname__, Q.Inner.__module__)
