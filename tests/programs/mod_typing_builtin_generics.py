# PEP 585/604: list[int], dict[str, int], int | None, types.GenericAlias/UnionType, types module basics.
import types
from types import GenericAlias, SimpleNamespace, MappingProxyType, new_class

print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int])
print(type(list[int]) is GenericAlias, list[int].__origin__, dict[str, int].__args__, list[int]() == [])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(int | None, int | str | None, str | int == int | str, (int | str).__args__, list[int] | None)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 | int
except TypeError as e:
    print(type(e).__name__, e)


def f(x: list[int], y: dict[str, int | None]) -> tuple[int, str]:
    return (1, "a")


print(f.__annotations__)


class Box(list[int]):
    pass


print(Box.__mro__, Box.__orig_bases__, Box([1, 2]))
ns = SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
mp = MappingProxyType({"k": 1})
print(mp["k"], len(mp), "k" in mp, list(mp), mp.get("z", 0), repr(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__)
print(types.FunctionType, types.MethodType is type(ns.__init__) or True, types.ModuleType.__name__, types.NoneType)


def body(ns):
    ns["greet"] = lambda self: "hi"


Dyn = new_class("Dyn", (object,), {}, body)
print(Dyn.__name__, Dyn().greet())


class Meta(type):
    pass


Dyn2 = new_class("Dyn2", (), {"metaclass": Meta})
print(type(Dyn2).__name__, types.resolve_bases((int, list[str])))
