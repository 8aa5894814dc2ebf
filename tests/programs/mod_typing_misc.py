# typing: special forms, get_type_hints, get_origin/get_args, overload, final, Literal, ClassVar, Any, Union rules.
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Type,
                    Literal, ClassVar, Final, TYPE_CHECKING, get_type_hints, get_origin, get_args,
                    overload, final, NoReturn, Sequence, Mapping, Annotated, ForwardRef)
import typing

print(TYPE_CHECKING, Any, NoReturn, repr(Union), Optional)
print(Union[int, int], Union[int, Union[str, float]], Union[int, None] == Optional[int], Optional[None])
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Union[List[int], None])
print(get_origin(List[int]), get_origin(Union[int, str]) is Union, get_args(Union[int, str]), get_origin(int))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_args(int))
print(get_origin(Literal["a"]), get_args(Literal["a", 1]), Literal["a"] == Literal["a"])
print(Dict[str, int].__origin__, List[int].__args__, Tuple[()], Type[str], ClassVar[List[int]], Final)
print(List[int] == List[int], List[int] != List[str], Dict[str, Tuple[int, float]])
print(Annotated[int, "meta"], get_args(Annotated[int, "m1", "m2"]))
for bad in (lambda: Union[()], lambda: List[int, str], lambda: Dict[int], lambda: Callable[int, str],
            lambda: isinstance(1, List[int]), lambda: isinstance(1, Any), lambda: Any(), lambda: Optional[int, str]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(1, Union[int, str]))


class Node:
    value: int
    next: "Optional[Node]"
    count: ClassVar[int] = 0


def link(a: "Node", b: Optional["Node"] = None) -> "List[Node]":
    return [a, b]


print(get_type_hints(Node))
print(get_type_hints(link))
print(Node.__annotations__, link.__annotations__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(typing.get_overloads(double)))


@final
class Leaf:
    @final
    def m(self):
        return 1


print(Leaf.__final__, Leaf.m.__final__, Leaf().m())


def process(items: Iterable[int], key: Callable[[int], int] = abs) -> Dict[int, List[int]]:
    out: Dict[int, List[int]] = {}
    for i in items:
        out.setdefault(key(i), []).append(i)
    return out


print(process([1, -1, 2]), process.__annotations__["key"], process.__annotations__["return"])
print(ForwardRef("int"), typing.Text, typing.AnyStr, Set[int], FrozenSet[str])
x: Final = 3
y: Literal["r", "w"] = "r"
print(__annotations__ if False else sorted(globals().get("__annotations__", {})))
print(Optional[Union[int, str]], Union[Optional[int], str], List["int"])
