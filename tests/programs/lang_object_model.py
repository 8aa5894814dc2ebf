# __dict__, object.__new__, type(), attributes on functions and classes, identity vs equality.
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(a.__dict__, "x" in A.__dict__, "y" in A.__dict__, a.__class__ is A, type(a) is A, A.__name__, A.__qualname__, A.__module__)
a.__dict__["z"] = 3
print(a.z, vars(a))
a.__dict__.clear()
print(hasattr(a, "y"), a.x)
b = object.__new__(A)
print(type(b).__name__, b.__dict__, hasattr(b, "y"))
b.__init__()
print(b.y)
def f():
    pass
f.attr = "fn attr"
f.__dict__["other"] = 1
print(f.attr, sorted(f.__dict__), f.__name__, f.__defaults__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
class B:
    pass
B.dynamic = lambda self: "added later"
print(B().dynamic())
del B.dynamic
print(hasattr(B(), "dynamic"))
print(isinstance(A, type), isinstance(a, object), issubclass(A, object), type(None).__name__, type(type).__name__)
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 is o2, o1 != o2)
print(isinstance(int, object), isinstance(object, type), type(object) is type, type.__mro__)
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
print(type(C).__name__, isinstance(C, Meta), isinstance(C, type))
print(A.__init__.__name__, A.__init__.__qualname__, type(A.__dict__["__init__"]).__name__)
class D:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, D) and o.v == self.v
    __hash__ = None
print(D(1) == D(1), D(1) is D(1), D.__hash__)
try:
    {D(1)}
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
print(int.__name__, str.__qualname__, len.__name__, print.__name__, type(len).__name__, type([].append).__name__)
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
print(type(1) is int, type(True) is bool, type(1.0) is float, type("") is str, type(b"") is bytes, type(()) is tuple)
print(a.__class__.__name__, a.__class__.__class__.__name__, A.__bases__[0].__name__)
