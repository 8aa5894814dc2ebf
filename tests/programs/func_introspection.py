# Function objects: names, defaults, kwdefaults, code attributes, annotations, closures, docstrings, callables.
def outer(a, b=2, *args, c, d=4, **kw) -> "ret":
    """Outer doc."""
    x = a + b
    def inner(y: int) -> int:
        return x + y
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
co = outer.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6], co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__annotations__, inner(10), len(inner.__closure__), inner.__closure__[0].cell_contents)
print(callable(outer), callable(inner), callable(None), callable(type), callable(lambda: 0), callable("str".upper))
lam = lambda x, y=1: x
print(lam.__name__, lam.__defaults__, lam.__code__.co_argcount, lam.__doc__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__closure__)
def with_defaults(a=[], b={}):
    return a, b
print(with_defaults.__defaults__[0] is with_defaults()[0])
with_defaults.__defaults__ = ([1], {2: 3})
print(with_defaults())
def kw(*, req, opt="o"):
    return req, opt
kw.__kwdefaults__ = {"opt": "changed"}
print(kw(req=1))
class K:
    def method(self):
        """Method doc."""
    @staticmethod
    def st():
        pass
    @classmethod
    def cl(cls):
        pass
print(K.method.__qualname__, K().method.__name__, K.method.__doc__, K.st.__qualname__, K.cl.__qualname__, K().cl.__self__ is K)
bm = K().method
print(type(bm).__name__, bm.__func__ is K.method, bm.__self__.__class__.__name__)
print(len.__name__, len.__qualname__ if hasattr(len, "__qualname__") else "len", type(len).__name__, type(K.method).__name__, type(bm).__name__)
import functools
p = functools.partial(outer, 1, c=2)
print(p.func is outer, p.args, p.keywords, p()(5))
def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__, gen_fn.__code__.co_flags & 0x20 != 0)
print(outer.__module__, isinstance(outer.__globals__, dict), outer.__globals__ is globals())
