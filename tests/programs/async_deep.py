# Deep await and yield-from chains run without native recursion limits
# (up to the Python recursion limit), and state stays consistent.
import asyncio
import sys

async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)

print(asyncio.run(depth(500)))

async def forever(n):
    return await forever(n + 1)

try:
    asyncio.run(forever(0))
except RecursionError as e:
    print("RecursionError", e)

def gen_chain(n):
    if n == 0:
        yield "bottom"
        return "done"
    r = yield from gen_chain(n - 1)
    return r

g = gen_chain(600)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("chain returned", e.value)

# exceptions cross many awaits and are caught at the top
async def raiser(n):
    if n == 0:
        raise ValueError("deep error")
    await raiser(n - 1)

async def top():
    try:
        await raiser(300)
    except ValueError as e:
        return f"caught {e}"
print(asyncio.run(top()))

# cancellation reaches the innermost await
async def nested_sleep(n, log):
    try:
        if n == 0:
            await asyncio.sleep(10)
        else:
            await nested_sleep(n - 1, log)
    finally:
        log.append(n)

async def cancel_deep():
    log = []
    t = asyncio.create_task(nested_sleep(50, log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    return log[:3], len(log), t.cancelled()
print(asyncio.run(cancel_deep()))

# cr_running / gi_running reflect the inline resumption
async def check_running(outer):
    await asyncio.sleep(0)
    return outer.cr_running

async def outer_coro():
    return await check_running(me)

me = outer_coro()
print(asyncio.run(me))

# exc_info is restored across suspension
async def in_except():
    try:
        raise KeyError("handled")
    except KeyError:
        await asyncio.sleep(0)
        return sys.exc_info()[0].__name__

async def outside():
    r = await in_except()
    return r, sys.exc_info()[0]
print(asyncio.run(outside()))

# many tasks each with moderately deep chains
async def work(i):
    return await depth(20) + i

async def many():
    return sum(await asyncio.gather(*(work(i) for i in range(200))))
print(asyncio.run(many()))
