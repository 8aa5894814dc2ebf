# enumerate/zip/map/filter/reversed constructors, iterator dunders, and
# generator send/throw/close (weft's own tests).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

print("enumerate", list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate(iterable="xy", start=-1)), list(enumerate([], 3)))
show("enumerate no args", lambda: enumerate())
show("enumerate str start", lambda: enumerate("a", "b"))
show("enumerate non-iterable", lambda: enumerate(5))
show("enumerate bad kw", lambda: enumerate("a", step=1))
print("enumerate big start", list(enumerate("ab", 2 ** 70)))
e = enumerate("abc")
print("enumerate iter", e.__iter__() is e, e.__next__(), next(e), list(e))
show("exhausted __next__", lambda: e.__next__())
print("zip", list(zip()), list(zip("ab")), list(zip("abc", range(2), [True] * 5)))
print("zip strict ok", list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
show("zip strict short", lambda: list(zip("abc", "d", strict=True)))
show("zip strict long", lambda: list(zip("a", "de", strict=True)))
show("zip strict third", lambda: list(zip("ab", "cd", "e", strict=True)))
show("zip strict third long", lambda: list(zip("a", "c", "ef", strict=True)))
show("zip bad kw", lambda: zip("a", foo=1))
show("zip non-iterable", lambda: zip("a", 5))
print("map", list(map(abs, [-1, 2])), list(map(pow, [2, 3], [2, 2, 2])), list(map(lambda *a: a, "ab", "cd", "ef")))
show("map one arg", lambda: map(abs))
show("map kw", lambda: map(abs, [], x=1))
show("map non-iterable", lambda: map(abs, 1))
show("map raises", lambda: list(map(int, ["1", "x"])))
print("filter", list(filter(None, [0, 1, "", "a"])), list(filter(str.isdigit, "a1b2")), list(filter(lambda v: v > 1, range(4))))
show("filter one arg", lambda: filter(None))
show("filter kw", lambda: filter(None, [], x=1))
print("reversed", list(reversed([1, 2])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print("reversed types", type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(0))).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print("reversed protocols", list(reversed(Seq())), list(reversed(Rev())))
show("reversed None", lambda: reversed(NoRev()))
show("reversed set", lambda: reversed({1}))
show("reversed int", lambda: reversed(1))
show("reversed no args", lambda: reversed())
show("reversed kw", lambda: reversed([], x=1))
it = iter([1, 2, 3])
print("list_iterator", type(it).__name__, it.__iter__() is it, it.__next__(), list(it))
show("list_iterator exhausted", lambda: it.__next__())
print("iterator types", type(iter(())).__name__, type(iter(range(1))).__name__, type(iter("a")).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter(Seq())).__name__)
print("iter dunders", iter((1,)).__next__(), iter("xy").__next__(), iter({"k": 1}).__next__(), iter(range(5, 6)).__next__(), iter({5}).__next__())
ci = iter([3, 2, 1, 0].pop, 2)
print("callable_iterator", type(ci).__name__, ci.__next__(), list(ci))
def gen():
    got = yield 1
    print("  gen got", got)
    try:
        got = yield 2
    except KeyError as ex:
        print("  gen caught", repr(ex))
        got = yield "recovered"
    print("  gen got", got)
    return "gen result"
g = gen()
print("gen iter", g.__iter__() is g, g.__next__(), g.send("hello"))
print("gen throw", g.throw(KeyError("k")))
show("gen send end", lambda: g.send("bye"))
show("gen after end", lambda: g.__next__())
g = gen()
show("send non-None first", lambda: g.send(5))
print("send None first", g.send(None))
show("throw class", lambda: g.throw(ValueError))
g = gen()
next(g)
show("throw class+value", lambda: g.throw(ValueError, "msg"))
g = gen()
next(g)
show("throw class+tuple", lambda: g.throw(ValueError, ("a", "b")))
g = gen()
next(g)
show("throw instance+value", lambda: g.throw(ValueError("x"), "y"))
show("throw non-exception", lambda: g.throw(5))
show("throw bad tb", lambda: g.throw(ValueError, None, 5))
show("throw no args", lambda: g.throw())
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  closer finally")
c = closer()
next(c)
print("close", c.close(), c.close())
show("next after close", lambda: next(c))
c2 = closer()
print("close unstarted", c2.close(), next(c2, "done"))
def stubborn():
    ignored = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            ignored += 1
            if ignored > 1:
                return
s = stubborn()
next(s)
show("ignored GeneratorExit", lambda: s.close())
print("second close", s.close())
def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as ex:
        print("  inner caught", ex)
        yield "inner recovered"
    finally:
        print("  inner finally")
    return "inner ret"
def outer():
    r = yield from inner()
    print("  outer got", r)
    yield "outer next"
o = outer()
print("delegate", next(o), o.throw(ValueError("v")), next(o))
o2 = outer()
next(o2)
print("delegate close", o2.close())
o3 = outer()
next(o3)
show("delegate throw unhandled", lambda: o3.throw(KeyError("kk")))
print("after unhandled", next(o3, "finished"))
class Sub:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub done")
        return self.n
    def throw(self, typ, val=None, tb=None):
        return ("sub threw", typ.__name__)
def outer2():
    r = yield from Sub()
    yield ("outer2 got", r)
o4 = outer2()
print("delegate obj", next(o4), o4.throw(IndexError), next(o4), next(o4), next(o4))
def counter():
    n = 0
    while True:
        x = yield n
        n += x if x else 1
cg = counter()
print("send loop", next(cg), cg.send(10), cg.send(None), cg.send(5))
print("gen in builtins", list(zip(counter(), "abc")), sum(x for x in range(5)), sorted(x % 3 for x in range(6)))
print("next default", next(iter([]), "dflt"), next(gen(), "x"))
show("next non-iterator", lambda: next([1]))
def retgen():
    yield 1
    return 42
rg = retgen()
next(rg)
try:
    next(rg)
except StopIteration as ex:
    print("StopIteration value", ex.value, ex.args)
