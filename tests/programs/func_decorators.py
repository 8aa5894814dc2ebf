# Decorators: plain, with arguments, stacking, functools.wraps, class decorators, method decorators.
import functools
calls = []
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        r = fn(*args, **kwargs)
        print(f"{fn.__name__}{args}{kwargs if kwargs else ''} -> {r!r}")
        return r
    return wrapper
@trace
def add(a, b=0):
    "Add numbers."
    return a + b
add(1, 2); add(5, b=6)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20), calls)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "text"
print(text())
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class A: pass
@register(REG)
class B: pass
print(sorted(REG))
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "y"))
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kw)
        return w
    return deco
@validate(n=int, s=str)
def f(n, s):
    return s * n
print(f(n=2, s="ab"))
try:
    f(n="2", s="ab")
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@Counter
def square(x):
    return x * x
print(square(3), square(4), square.count, square.__name__)
class Svc:
    @staticmethod
    @trace
    def st(x):
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    @functools.lru_cache(maxsize=None)
    def expensive(self):
        print("computing once")
        return 99
print(Svc.st(4), Svc.cm())
s = Svc()
print(s.expensive, s.expensive)
@functools.lru_cache(maxsize=2)
def lru(x):
    print("miss", x)
    return x * 10
print(lru(1), lru(2), lru(1), lru(3), lru(2), lru.cache_info())
@functools.cache
def cached(x):
    return x + 1
print(cached(1), cached(1), cached.cache_info().hits)
def deco_with_optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_optional_args(f, prefix=prefix)
    return lambda *a: prefix + str(fn(*a))
@deco_with_optional_args
def g1(): return 1
@deco_with_optional_args(prefix="#")
def g2(): return 2
print(g1(), g2())
