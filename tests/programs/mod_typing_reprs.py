from typing import TypedDict, NamedTuple
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(type(m), m, type(Movie), Movie.__mro__, Movie.__annotations__, Movie.__total__)
import typing
print(typing.List, typing.List[int], typing.Optional[int], typing.Union[int, str, None], typing.Callable[[int], str], typing.Callable[..., int], typing.Tuple[int, ...], typing.Dict[str, typing.List[int]], typing.Any, typing.Type[int], typing.Literal['a', 1])
print(typing.Iterable[int], typing.Union[int], typing.Optional[typing.Union[int, str]], typing.TypeVar('T'), typing.ClassVar[int], typing.Final[int])
print(list[int], dict[str, int], type(list[int]), list[int]() , tuple[int, ...], int | None, int | str | None)
T = typing.TypeVar('T')
class Stack(typing.Generic[T]):
    def __init__(self): self.items = []
print(Stack[int], Stack.__mro__, Stack.__orig_bases__, Stack.__parameters__, Stack[int]().items)
print(typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]), typing.get_origin(list[int]))
print(repr(typing.Union[int, str]), typing.Union[int, str] == typing.Union[str, int])
UserId = typing.NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)))
print(typing.Sequence, typing.Mapping[str, int], typing.Generator[int, None, None], typing.FrozenSet[int], typing.Set[int], typing.Iterator[str])
