# Async comprehensions and await inside comprehensions, nested scopes,
# closures, methods and class-level async functions.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield "loop"

async def arange(n):
    for i in range(n):
        await Yield()
        yield i

async def square(x):
    await Yield()
    return x * x

async def comps():
    out = {}
    out["list"] = [x async for x in arange(4)]
    out["filtered"] = [x async for x in arange(10) if x % 3 == 0 if x]
    out["await elt"] = [await square(x) for x in range(4)]
    out["await cond"] = [x for x in range(6) if await square(x) > 5]
    out["set"] = {x % 2 async for x in arange(5)}
    out["dict"] = {x: await square(x) async for x in arange(3)}
    out["nested"] = [[y async for y in arange(x)] async for x in arange(3)]
    out["mixed"] = [(x, y) async for x in arange(2) for y in "ab"]
    out["sync then async"] = [(x, y) for x in "ab" async for y in arange(2)]
    out["inner await"] = [[await square(y) for y in range(x)] for x in range(3)]
    g = (await square(x) for x in range(3))
    out["agen type"] = type(g).__name__
    out["agen"] = [v async for v in g]
    return out

for k, v in run(comps()).items():
    print(k, "->", v)

# closures over loop variables and outer locals
async def closures():
    base = 100
    fs = [lambda x=x: x + base async for x in arange(3)]
    return [f() for f in fs]
print(run(closures()))

# async methods, classmethods, staticmethods, super()
class Base:
    async def greet(self):
        await Yield()
        return "base"

class Child(Base):
    async def greet(self):
        parent = await super().greet()
        return f"child+{parent}"

    @classmethod
    async def make(cls):
        await Yield()
        return cls()

    @staticmethod
    async def helper(x):
        return x + 1

async def methods():
    c = await Child.make()
    return await c.greet(), await Child.helper(1), type(c).__name__
print(run(methods()))

# nested async defs and recursion
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)
print(run(fib(12)))

async def outer():
    x = 10
    async def inner(y):
        nonlocal x
        x += y
        await Yield()
        return x
    a = await inner(1)
    b = await inner(2)
    return a, b, x
print(run(outer()))

# generators and async generators side by side
def sync_gen():
    yield 1
    yield 2

async def uses_both():
    total = 0
    for v in sync_gen():
        total += v
    async for v in arange(3):
        total += v * 10
    return total
print(run(uses_both()))

# async comprehension inside an async generator
async def agen_of_lists():
    for n in range(3):
        yield [x async for x in arange(n)]

async def collect():
    return [v async for v in agen_of_lists()]
print(run(collect()))

# the comprehension is its own coroutine: names do not leak
async def no_leak():
    x = "outer"
    _ = [x async for x in arange(2)]
    return x
print(run(no_leak()))

# exceptions inside async comprehensions propagate
async def failing():
    return [1 // (x - 2) async for x in arange(4)]
try:
    run(failing())
except ZeroDivisionError as e:
    print(type(e).__name__, e)
