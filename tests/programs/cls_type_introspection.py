# Introspection objects of classes: __subclasses__, mappingproxy, member/getset descriptors, read-only attributes.
class A: pass
class B(A): pass
class C(A): pass
class D(B): pass
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()], D.__subclasses__())
print(type(A.__dict__).__name__, "__module__" in A.__dict__, A.__dict__["__module__"])
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
class S:
    __slots__ = ("x",)
print(type(S.x).__name__, S.x.__name__, S.x.__objclass__.__name__)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    [].append = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".upper = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(int.real).__name__, type(str.upper).__name__, type("".upper).__name__, type(A.__dict__["__dict__"]).__name__)
print(int.__doc__ is not None, str.__doc__.splitlines()[0], list.append.__doc__)
