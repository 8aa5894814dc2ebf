# yield from: delegation, return values, send/throw forwarding, recursion.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o1"
    return "outer-result"
g = outer()
print(next(g), g.send("A"), g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def flatten(x):
    if isinstance(x, (list, tuple)):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5]), []], [[[6]]]])))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("catcher handled", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.throw(ValueError("v1"))
d.throw(ValueError("v2"))
try:
    d.throw(TypeError("t"))
except TypeError as e:
    print("TypeError escaped", e)
print(list(d))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))
print(list(from_iterables()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
def tree(n):
    if n == 0:
        return 1
    a = yield from tree(n - 1)
    b = yield from tree(n - 1)
    yield n
    return a + b
t = tree(3)
vals = []
try:
    while True:
        vals.append(next(t))
except StopIteration as e:
    print(vals, "leaves", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "x")))
def gen_returning_none():
    yield 1
def user():
    r = yield from gen_returning_none()
    yield ("result", r)
print(list(user()))
