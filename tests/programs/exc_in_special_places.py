# Exceptions raised in __init__, __del__-free cleanup, properties, __iter__, __eq__ during lookups, comprehensions.
class Fails:
    def __init__(self, ok):
        if not ok:
            raise ValueError("construction failed")
        self.ok = ok
try:
    Fails(False)
except ValueError as e:
    print("init:", e)
class P:
    @property
    def bad(self):
        raise AttributeError("inside property")
    @property
    def worse(self):
        raise KeyError("not an AttributeError")
    def __getattr__(self, name):
        return f"getattr fallback for {name}"
print(P().bad)
try:
    P().worse
except KeyError as e:
    print("property KeyError:", e)
class Q:
    @property
    def bad(self):
        raise TypeError("property type error")
try:
    Q().bad
except TypeError as e:
    print("property:", e)
class BadIter:
    def __iter__(self):
        raise RuntimeError("no iteration today")
for target in [lambda: list(BadIter()), lambda: [x for x in BadIter()], lambda: sum(BadIter()), lambda: dict.fromkeys(BadIter())]:
    try:
        target()
    except RuntimeError as e:
        print("iter:", e)
class BadEq:
    def __eq__(self, o):
        raise ValueError("eq failed")
    def __hash__(self):
        return 1
try:
    BadEq() in [1, 2, BadEq()]
except ValueError as e:
    print("list contains:", e)
d = {BadEq(): 1}
try:
    d[BadEq()]
except ValueError as e:
    print("dict lookup:", e)
try:
    [1, 2, 3].index(BadEq())
except ValueError as e:
    print("index:", e)
def gen():
    yield 1
    raise KeyError("from generator")
try:
    print([x for x in gen()])
except KeyError as e:
    print("comprehension:", e)
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("sort key:", e)
try:
    max([1, 2], key=lambda x: {}[x])
except KeyError as e:
    print("max key:", e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print("map:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("format:", e)
class Ctx:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Ctx():
        print("body should not run")
except OSError as e:
    print("with enter:", e)
def deco(f):
    raise TypeError("decorator refused")
try:
    @deco
    def g():
        pass
except TypeError as e:
    print("decorator:", e)
try:
    class K(metaclass=lambda *a: 1 / 0):
        pass
except ZeroDivisionError as e:
    print("metaclass:", e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print("unhashable:", e)
try:
    x = [1][5]
except IndexError as e:
    print("index error:", e)
try:
    (1, 2)[-3]
except IndexError as e:
    print("tuple index:", e)
try:
    "abc"[10]
except IndexError as e:
    print("str index:", e)
try:
    del [1][3]
except IndexError as e:
    print("del index:", e)
try:
    [].pop(2)
except IndexError as e:
    print("pop:", e)
