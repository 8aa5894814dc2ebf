# lambda, higher-order functions, functools.partial/reduce, operator module, sorting keys.
import functools, operator
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2), (lambda x, y=3: x + y)(1))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), sorted([(1, "b"), (0, "c"), (1, "a")], key=lambda t: t[1]))
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10), functools.reduce(max, [3, 9, 2]))
pw = functools.partial(pow, 2)
print(pw(10), pw.func is pow, pw.args, functools.partial(int, base=2)("1011"))
base16 = functools.partial(int, base=16)
print(base16("ff"), base16.keywords)
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
print(operator.itemgetter(1)([5, 6, 7]), operator.itemgetter(0, 2)("xyz"), operator.attrgetter("real")(5), operator.methodcaller("split", ",")("a,b"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem({"k": 1}, "k"))
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc")]
print(sorted(people, key=operator.itemgetter(1, 0)))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(max(people, key=operator.itemgetter(1)), min(people, key=lambda p: len(p[2])))
def curry(f):
    def c(*a):
        if len(a) >= f.__code__.co_argcount:
            return f(*a)
        return lambda *b: c(*(a + b))
    return c
@curry
def add3(a, b, c):
    return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
print(compose(str, abs, lambda x: x - 10)(3))
print((lambda f: f(f, 10))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1)))
adders = {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
print(list(filter(str.isdigit, "a1b2c3")), list(map(int.__add__, [1, 2], [10, 20])), list(map(len, ["", "ab"])))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))
cmp = lambda a, b: (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(sq.__name__, (lambda: 0).__name__, type(sq).__name__)
