# Function arguments: defaults, *args, **kwargs, keyword-only, positional-only, unpacking.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []), defaults(4))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
def kwonly(*, key, value="v"):
    return f"{key}={value}"
print(kwonly(key="k"), kwonly(value=1, key=2))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*"abc"), star_only(*[1], *(2,), 3))
def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(), kw_only(a=1), kw_only(**{"x": 1}, **{"y": 2}, z=3))
errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos_only(1, b=2, c=3, d=4),
    lambda: pos_only(1, 2, 3, 4),
    lambda: kwonly("k"),
    lambda: kwonly(key=1, other=2),
    lambda: defaults(),
    lambda: defaults(1, 2, 3),
    lambda: star_only(x=1),
    lambda: kw_only(1),
    lambda: f(1, c=2, **{"c": 3}),
    lambda: (lambda a, b: 0)(1, a=1),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=5),
    lambda: sorted([], None),
]
for e in errors:
    try:
        e()
    except TypeError as err:
        print("TypeError:", err)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
print(f.__name__, f.__qualname__, f.__module__, defaults.__defaults__)
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated.__annotations__, annotated(1))
def varargs_sum(*nums, start=0):
    return sum(nums, start)
print(varargs_sum(1, 2, 3), varargs_sum(start=10), varargs_sum(*range(5), start=100))
args = (1, 2)
kwargs = {"c": 3}
print(f(*args, **kwargs), f(0, *args, **kwargs, d=9))
def mixed(a, /, b, *, c):
    return a + b + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kw_named_like_pos(a, /, **kw):
    return a, kw
print(kw_named_like_pos(1, a=2))
