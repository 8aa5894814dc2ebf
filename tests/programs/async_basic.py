# Coroutines driven by hand: send/throw/close, await chains, __await__.

async def double(x):
    return x * 2

async def chain(n):
    total = 0
    for i in range(n):
        total += await double(i)
    return total

def run(coro):
    """Drive a coroutine that never really suspends."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(chain(5)))
c = chain(1)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_code.co_name, c.cr_running)
c.close()

class Ticker:
    """An awaitable with __await__ yielding control values."""
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = []
        for i in range(self.n):
            v = yield ("tick", i)
            got.append(v)
        return got

async def use_ticker():
    got = await Ticker(3)
    return ("got", got)

c = use_ticker()
print(c.send(None))
print(c.send("a"))
print(c.send("b"))
try:
    c.send("c")
except StopIteration as e:
    print("stop", e.value)

# throw into a suspended coroutine, caught inside
async def catcher():
    try:
        await Ticker(1)
    except ValueError as e:
        return f"caught {e}"

c = catcher()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

# close runs finally blocks
async def closer():
    try:
        await Ticker(5)
    finally:
        print("finally ran")

c = closer()
c.send(None)
c.close()
print("closed")

# Reusing an awaited coroutine
async def one():
    return 1
c = one()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# awaiting the same coroutine twice
async def twice():
    c = one()
    a = await c
    b = await c
    return a, b
try:
    run(twice())
except RuntimeError as e:
    print(type(e).__name__, e)

# Non-awaitables
async def bad(x):
    return await x

for obj in [1, "s", None, [1], object()]:
    try:
        run(bad(obj))
    except TypeError as e:
        print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 42

made = []
class CoroAwait:
    def __await__(self):
        made.append(one())
        return made[-1]

for obj in [BadAwait(), CoroAwait()]:
    try:
        run(bad(obj))
    except TypeError as e:
        print(type(e).__name__, e)
for c in made:
    c.close()

# send a non-None value to a just-started coroutine
c = one()
try:
    c.send(5)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# StopIteration raised inside a coroutine becomes RuntimeError
async def leaks():
    raise StopIteration("x")
try:
    run(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# exceptions propagate through await chains
async def inner():
    raise KeyError("inner")
async def middle():
    return await inner()
async def outer():
    try:
        await middle()
    except KeyError as e:
        return "handled " + str(e)
print(run(outer()))

# __await__ returning a coroutine's wrapper
class Wrap:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def use_wrap():
    return await Wrap(chain(4))
print(run(use_wrap()))
w = one().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

# coroutines are not iterable
c = one()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# await in various expression positions
async def exprs():
    d = {await double(1): await double(2)}
    l = [await double(i) for i in range(3)]
    s = f"{await double(5)}!"
    t = (await double(3)) + (await double(4))
    cond = await double(1) if await double(0) else await double(10)
    return d, l, s, t, cond
print(run(exprs()))

