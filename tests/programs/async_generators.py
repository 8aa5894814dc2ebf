# Async generators: async for, __anext__, asend, athrow, aclose, finalization.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    """Awaitable that yields one value to the (fake) event loop."""
    def __await__(self):
        yield "loop"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def collect(ag):
    out = []
    async for x in ag:
        out.append(x)
    return out

ag = agen(3)
print(type(ag).__name__, ag.__name__, ag.__qualname__)
print(run(collect(ag)))
print(run(collect(agen(0))))

# __anext__ returns an awaitable; the inner await's value passes through
ag = agen(2)
aw = ag.__anext__()
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("item", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# asend sends values into the generator
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally", received)

async def talk():
    g = echo()
    print("first", await g.asend(None))
    print("second", await g.asend("a"))
    print("third", await g.asend("b"))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

run(talk())

# athrow: caught inside, yielding a value
async def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"recovered {e}"

async def throw_in():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    print(await g.__anext__())
    await g.aclose()

run(throw_in())

# athrow not caught: propagates
async def fragile():
    yield 1
    yield 2

async def throw_out():
    g = fragile()
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

run(throw_out())

# aclose with await in finally
async def cleanup():
    try:
        yield 1
    finally:
        await Tick()
        print("async cleanup done")

async def close_it():
    g = cleanup()
    await g.__anext__()
    await g.aclose()
    await g.aclose()
    print("closed twice ok")

run(close_it())

# yielding in finally during aclose -> RuntimeError
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

run(close_stubborn())

# break out of async for, async comprehension forms
async def comps():
    a = [x async for x in agen(5) if x % 2 == 0]
    b = {x: x * x async for x in agen(3)}
    c = {x async for x in agen(4)}
    d = [y for y in [await Tick2(), await Tick2()]]
    e = [x + y async for x in agen(2) for y in (10, 20)]
    found = None
    async for x in agen(10):
        if x == 3:
            found = x
            break
    else:
        found = "never"
    async for x in agen(2):
        pass
    else:
        print("async for else ran")
    return a, b, c, d, e, found

class Tick2:
    def __await__(self):
        yield "loop"
        return 7

print(run(comps()))

# async generator expression
async def genexp():
    g = (x * 3 async for x in agen(3))
    print(type(g).__name__)
    return [v async for v in g]

print(run(genexp()))

# StopAsyncIteration / StopIteration raised inside become RuntimeError
async def leaks_sai():
    yield 1
    raise StopAsyncIteration

async def leaks_si():
    yield 1
    raise StopIteration

for f in (leaks_sai, leaks_si):
    try:
        run(collect(f()))
    except RuntimeError as e:
        print(type(e).__name__, e)

# user-defined async iterators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

print(run(collect(Countdown(4))))

# errors
class NoANext:
    def __aiter__(self):
        return 1

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

for obj in [1, NoANext(), BadANext()]:
    try:
        run(collect(obj))
    except TypeError as e:
        print(type(e).__name__, e)

# ag attributes and methods
g = agen(1)
print(g.__aiter__() is g)
print(type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
