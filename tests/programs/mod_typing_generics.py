# typing: TypeVar, Generic (user generics, subscription, inheritance), Protocol, runtime_checkable.
from typing import TypeVar, Generic, Protocol, runtime_checkable, Iterator, List, Dict, Optional, Callable


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, N.__constraints__, B.__bound__, T.__name__, TypeVar("C", covariant=True), TypeVar("D", contravariant=True))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), Stack[int], Stack[str] == Stack[str], Stack.__parameters__, type(s).__name__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

    def swap(self) -> "Pair[V, K]":
        return Pair(self.v, self.k)


p = Pair[str, int]("a", 1)
print(p.swap().k, Pair[str, int], Pair.__parameters__, Pair[str, List[int]])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)


class IntStack(Stack[int]):
    pass


print(IntStack.__orig_bases__, IntStack.__mro__[1].__name__, IntStack.__parameters__)


class Registry(Dict[str, T]):
    pass


r = Registry()
r["a"] = 1
print(r, isinstance(r, dict), Registry.__parameters__)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print(type(e).__name__, e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        return "closed"


class Other:
    pass


print(isinstance(Resource(), Closable), isinstance(Other(), Closable), issubclass(Resource, Closable))


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


try:
    isinstance(Resource(), Greeter)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter()
except TypeError as e:
    print(type(e).__name__, e)


class English(Greeter):
    def greet(self, name):
        return "hi " + name


print(English().greet("bo"))


def apply(f: Callable[[T], V], x: T) -> V:
    return f(x)


print(apply(str, 5), apply.__annotations__["f"], apply.__annotations__["return"])


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first([]), first.__annotations__)
