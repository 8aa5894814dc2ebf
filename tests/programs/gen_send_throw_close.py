# Generator methods: send, throw, close, return values, state.
def averager():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return ("done", n, avg)
g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def echo():
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
e = echo()
next(e)
e.send(1)
print(e.throw(ValueError("bad")))
next(e)
e.send(2)
e.close()
print("closed")
try:
    e.send(3)
except StopIteration:
    print("StopIteration after close")
def g2():
    yield 1
    yield 2
x = g2()
try:
    x.send(5)
except TypeError as err:
    print("TypeError", err)
print(next(x), x.throw(KeyError, KeyError("k")) if False else "skip")
try:
    x.throw(KeyError("k"))
except KeyError as err:
    print("KeyError propagated", err)
print(list(x))
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "no"
r = refuses()
next(r)
try:
    r.close()
except RuntimeError as err:
    print("RuntimeError", err)
def state():
    yield 1
s = state()

print(s.gi_running)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c), next(c))
def ret_only():
    return 42
    yield
try:
    next(ret_only())
except StopIteration as err:
    print("value", err.value)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
gf = gen_finally()
for v in gf:
    print(v)
    break
gf.close()
print("end")
