# Runtime errors around coroutines and async generators, with CPython's messages.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class Yield:
    def __await__(self):
        yield "loop"

async def coro():
    await Yield()
    return 1

# throw forms on coroutines
c = coro()
c.send(None)
show(lambda: c.throw(ValueError))
c = coro()
c.send(None)
show(lambda: c.throw(ValueError, ValueError("inst")))
c = coro()
c.send(None)
show(lambda: c.throw(1))
c.close()
show(lambda: c.send(None))

# closing a coroutine that awaits in finally
async def await_in_finally():
    try:
        await Yield()
    finally:
        await Yield()
c = await_in_finally()
c.send(None)
show(lambda: c.close())

# a coroutine awaiting itself
async def selfish():
    await me
me = selfish()
show(lambda: run(me))

# async generator misuse
async def agen():
    yield 1
    yield 2

g = agen()
show(lambda: next(g))
show(lambda: iter(g))
show(lambda: run(g.asend(1)))
a = g.__anext__()
show(lambda: run(a))
show(lambda: run(a))
show(lambda: run(g.athrow(ValueError("x"))))
show(lambda: run(g.__anext__()))
show(lambda: run(g.aclose()))

g = agen()
show(lambda: run(g.aclose()))
show(lambda: run(g.__anext__()))

# async for over a sync iterable and sync for over an async iterable
async def wrong_for():
    async for x in [1, 2]:
        pass
show(lambda: run(wrong_for()))

def sync_for_async():
    for x in agen():
        pass
show(sync_for_async)

# with instead of async with and vice versa
class AsyncOnly:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

def sync_with():
    with AsyncOnly():
        pass
show(sync_with)

# await on a generator object
def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
show(lambda: run(await_gen()))

# coroutine attributes
async def named():
    pass
c = named()
print(c.__name__, c.__qualname__, c.cr_running)

c.close()

# exceptions thrown via athrow are chained through the generator
async def chained():
    try:
        yield 1
    except ValueError as e:
        raise KeyError("converted") from e
g = chained()
run(g.__anext__())
try:
    run(g.athrow(ValueError("orig")))
except KeyError as e:
    print("KeyError", e, "cause:", repr(e.__cause__))

# StopIteration inside an awaited __await__ generator ends it with a value
class Immediate:
    def __await__(self):
        return iter([])
async def immediate():
    return await Immediate()
print("immediate:", run(immediate()))

class ValueAwait:
    def __await__(self):
        if False:
            yield
        return "value"
async def value_await():
    return await ValueAwait()
print("value await:", run(value_await()))
