# Builtin generic aliases: list[int], dict[str, int], tuple[int, ...] (types.GenericAlias).
a = list[int]
print(a, repr(dict[str, int]), tuple[int, ...], set[frozenset[str]], type[int])
print(a.__origin__, a.__args__, dict[str, int].__args__, a == list[int], a != list[str])
print(a([1, 2]), type(a([1, 2])).__name__, list[int]() == [], isinstance([], list))
def f(x: list[int], y: dict[str, "X"]) -> tuple[int, ...]:
    return x
print(f.__annotations__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
