# operator and functools together: reduce, partial, singledispatch, total_ordering, cached_property, cmp_to_key.
import functools, operator
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(operator.or_, [1, 2, 4, 8]), functools.reduce(lambda acc, s: acc + len(s), ["a", "bb"], 0))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
print(describe(5), describe([1, 2]), describe("s"), describe(2.5), describe(True))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
print(sorted(["10", "9", "100", "1"], key=functools.cmp_to_key(lambda a, b: int(a) - int(b))))
p = functools.partial(sorted, key=len)
print(p(["ccc", "a", "bb"]), functools.partial(p, reverse=True)(["ccc", "a", "bb"]))
class K:
    def m(self, a, b):
        return a - b
    pm = functools.partialmethod(m, 10)
print(K().pm(3))
print(operator.lt(1, 2), operator.ge(2, 2), operator.eq("a", "a"), operator.is_(None, None), operator.truth([]), operator.index(5))
print(operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.pow(2, 5), operator.floordiv(7, 2), operator.mod(7, 3))
d = {"a": 1}
operator.setitem(d, "b", 2); operator.delitem(d, "a")
print(d, operator.length_hint([1, 2, 3]), operator.xor(6, 3), operator.invert(0), operator.lshift(1, 4), operator.abs(-3))
x = [1]
print(operator.iadd(x, [2]), x, operator.itemgetter(slice(1, None))("abcd"), operator.attrgetter("a.b")(type("T", (), {"a": type("U", (), {"b": 42})})))
wrapper_calls = []
def logged(fn):
    @functools.wraps(fn)
    def inner(*a):
        wrapper_calls.append(fn.__name__)
        return fn(*a)
    return inner
@logged
def documented(x):
    """Docstring here."""
    return x
print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__.__name__, wrapper_calls)
print(functools.reduce(lambda a, b: a if a > b else b, [3, 8, 2]), list(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0])))
