# functools: reduce, partial, wraps, lru_cache, cache, total_ordering,
# cmp_to_key, cached_property, singledispatch, partialmethod.
import functools
from functools import (reduce, partial, wraps, update_wrapper, lru_cache, cache,
                       total_ordering, cmp_to_key, cached_property, singledispatch)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print("reduce", reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, [4, 9, 2], 5), reduce(lambda a, b: a + b, ["x"], "y"))
print("reduce iter", reduce(lambda a, b: a + b, (i for i in range(5))), reduce(lambda a, b: b, range(3), None))
show("reduce empty", lambda: reduce(lambda a, b: a, []))
show("reduce empty iter", lambda: reduce(lambda a, b: a, iter(())))
show("reduce not iterable", lambda: reduce(lambda a, b: a, 5))
show("reduce kw", lambda: reduce(lambda a, b: a, [1], initial=3))
show("reduce no args", lambda: reduce())
show("reduce one arg", lambda: reduce(len))
show("reduce too many", lambda: reduce(len, [], 1, 2))
show("reduce func error", lambda: reduce(lambda a, b: a / b, [1, 0]))


def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)


p1 = partial(f, 1)
p2 = partial(p1, 2, c=3, z=9)
print("partial", p1(2), p2(), p2(c=4), partial(f, 1, 2)(5, 6, y=1))
print("partial attrs", p2.func is f, p2.args, p2.keywords, type(p2).__name__)
print("partial repr", repr(partial(int, base=2)), repr(partial(max, 1, 2)), repr(partial(partial(len))))
show("partial not callable", lambda: partial(5))
show("partial empty", lambda: partial())
show("partial readonly", lambda: setattr(p1, "func", len))
print("partial of builtin", partial(int, base=16)("ff"), partial(sorted, reverse=True)([2, 3, 1]))
pp = partial(f, 1)
pp.note = "attr"
print("partial dict", pp.note, callable(pp), isinstance(pp, partial))


class Sub(partial):
    pass


print("partial subclass", repr(Sub(len))[:10], Sub(pow, 2)(5))


def deco(func):
    @wraps(func)
    def wrapper(*a, **k):
        """wrapper doc"""
        return ("wrapped", func(*a, **k))
    return wrapper


@deco
def target(x):
    """Target doc."""
    return x * 2


target.extra = 1
print("wraps", target.__name__, target.__qualname__, target.__doc__, target.__module__, target(4), target.__wrapped__(4))


def plain():
    pass


def orig():
    """orig doc"""


orig.custom = "copied"
update_wrapper(plain, orig)
print("update_wrapper", plain.__name__, plain.__doc__, plain.custom, plain.__wrapped__ is orig)
print("constants", functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def partial_assign():
    pass


update_wrapper(partial_assign, orig, assigned=("__doc__",), updated=())
print("assigned subset", partial_assign.__name__, partial_assign.__doc__, hasattr(partial_assign, "custom"))

calls = []


@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    sq(v)
print("lru calls", calls)
print("cache_info", sq.cache_info())
info = sq.cache_info()
print("cache_info fields", info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), len(info))
print("cache_info eq", info == (4, 5, 3, 3), isinstance(info, tuple), type(info).__name__)
print("cache_parameters", sq.cache_parameters())
sq.cache_clear()
print("after clear", sq.cache_info())
print("wrapped", sq.__wrapped__(7), sq.__name__)


@lru_cache
def bare(x):
    return x + 1


bare(1)
bare(1)
bare(2)
print("bare decorator", bare.cache_info(), bare.cache_parameters())


@lru_cache(maxsize=None)
def unbounded(n):
    return n if n < 2 else unbounded(n - 1) + unbounded(n - 2)


print("unbounded", unbounded(60), unbounded.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print("maxsize 0", nocache.cache_info())


@lru_cache(maxsize=-5)
def negmax(x):
    return x


negmax(1)
print("maxsize negative", negmax.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(("typed", x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print("typed", calls, typed.cache_info())


@lru_cache()
def untyped(x):
    calls.append(("untyped", x))
    return x


calls.clear()
untyped(1)
untyped(1.0)
print("untyped", calls, untyped.cache_info())


@lru_cache()
def kwfunc(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
kwfunc(1, 2)
kwfunc(1, b=2)
kwfunc(a=1, b=2)
kwfunc(1, 2)
print("kw keys", calls, kwfunc.cache_info())
show("unhashable", lambda: kwfunc([1]))
show("lru bad maxsize", lambda: lru_cache("x"))


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def doubled(self):
        calls.append(("doubled", self.n))
        return self.n * 2


calls.clear()
th = Thing(21)
print("method cache", th.doubled(), th.doubled(), Thing(1).doubled(), calls)


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print("cache", fact(20), fact.cache_info())


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print("total_ordering", sorted(vs), max(vs), Version(1) <= Version(1), Version(2) >= Version(1, 5), Version(3) > Version(3))
show("total_ordering NotImplemented", lambda: Version(1) > 5)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v


print("from gt", Desc(1) < Desc(2), Desc(1) <= Desc(1), Desc(3) >= Desc(4), Desc.__lt__.__name__)


@total_ordering
class FromLe:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v

    def __eq__(self, other):
        return self.v == other.v


print("from le", FromLe(1) < FromLe(2), FromLe(2) > FromLe(1), FromLe(2) >= FromLe(2))


def no_order():
    @total_ordering
    class Nothing:
        pass


show("total_ordering none", no_order)


def by_last(a, b):
    return (a[-1] > b[-1]) - (a[-1] < b[-1])


K = cmp_to_key(by_last)
print("cmp_to_key", sorted(["ab", "ca", "bc", "aa"], key=K), K("x") < K("y"), K("b") == K("b"), K("z") >= K("a"))
print("cmp_to_key obj", K("q").obj)
show("cmp_to_key mixed", lambda: K("a") < "b")
show("cmp_to_key hash", lambda: hash(K("a")) if False else type(K("a")).__hash__)
print("cmp reverse", sorted(range(6), key=cmp_to_key(lambda a, b: b - a)))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        """The area."""
        calls.append(("area", self.r))
        return 3 * self.r * self.r


calls.clear()
c = Circle(2)
print("cached_property", c.area, c.area, calls, "area" in c.__dict__)
c.area = 99
print("cached override", c.area)
del c.area
print("cached recompute", c.area, calls)
print("cached class access", type(Circle.area).__name__, Circle.area.__doc__)


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


def describe_str(x):
    return f"str {x}"


describe.register(str, describe_str)


class MyInt(int):
    pass


print("singledispatch", describe(1), describe("s"), describe([1, 2]), describe(2.5), describe(True), describe(MyInt(4)))
print("dispatch", describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float).__name__)
print("registry", sorted(k.__name__ for k in describe.registry))
show("singledispatch no args", lambda: describe())


class Cell:
    def __init__(self):
        self._v = 0

    def _set(self, v, scale=1):
        self._v = v * scale

    set_double = functools.partialmethod(_set, scale=2)
    set_ten = functools.partialmethod(_set, 10)


cell = Cell()
cell.set_double(4)
print("partialmethod", cell._v, end=" ")
cell.set_ten()
print(cell._v)
compose = lambda *fs: reduce(lambda g, h: lambda x: h(g(x)), fs)
print("compose", compose(abs, str, len)(-12345))
