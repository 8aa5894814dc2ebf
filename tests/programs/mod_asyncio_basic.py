# asyncio.run, sleep ordering, create_task, Task state, gather.
import asyncio

order = []

base = None

async def sleeper(name, delay):
    # Deadlines relative to one base time keep the order independent of
    # how long each task takes to start.
    if base is None:
        await asyncio.sleep(delay)
    else:
        # All tasks register their timers in the same loop iteration, so the
        # timer heap orders them even if the machine is slow.
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_at(base + delay, fut.set_result, None)
        await fut
    order.append(name)
    return name

async def main():
    # real delays complete in time order, not creation order
    global base
    base = asyncio.get_running_loop().time() + 0.5
    tasks = [asyncio.create_task(sleeper(n, d))
             for n, d in [("c", 0.1), ("a", 0.02), ("b", 0.06)]]
    await asyncio.gather(*tasks)
    base = None
    print("by time:", order)
    print([t.result() for t in tasks])

    # sleep(0) yields to other ready tasks in FIFO order
    order.clear()
    async def step(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step("x", 3), step("y", 2), step("z", 1))
    print("round robin:", order)

    # a real sleep takes at least its delay
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print("slept long enough:", loop.time() - t0 >= 0.05)

    # sleep returns its result argument
    print(await asyncio.sleep(0, result="r0"), await asyncio.sleep(0.001, "r1"))

    # Task API
    t = asyncio.create_task(sleeper("t", 0), name="worker")
    print(t.get_name(), t.done(), isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    await t
    print(t.done(), t.result(), t.cancelled(), t.exception())
    t.set_name("renamed")
    print(t.get_name())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(type(e).__name__, e)

    # a task's result before it is done
    t = asyncio.create_task(sleeper("late", 0.01))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    await t

    # gather results in argument order, with duplicates
    async def val(v, d):
        await asyncio.sleep(d)
        return v
    print(await asyncio.gather(val(1, 0.02), val(2, 0.0), val(3, 0.01)))
    print(await asyncio.gather())
    c = val(9, 0)
    t = asyncio.ensure_future(c)
    print(await asyncio.gather(t, t, val(10, 0)))

    # gather with exceptions
    async def fail(msg, d=0):
        await asyncio.sleep(d)
        raise ValueError(msg)
    res = await asyncio.gather(val(1, 0), fail("bad"), val(3, 0), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(res[1].args)
    try:
        await asyncio.gather(val(1, 0.01), fail("first", 0), fail("second", 0.005))
    except ValueError as e:
        print("gather raised", e)

    # task exceptions
    t = asyncio.create_task(fail("in task"))
    try:
        await t
    except ValueError as e:
        print("await task:", e, type(t.exception()).__name__)

    # current_task / all_tasks
    me = asyncio.current_task()
    print(type(me).__name__, me in asyncio.all_tasks(), me.done())
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
    return "main result"

print(asyncio.run(main()))

# iscoroutine / iscoroutinefunction
async def af():
    pass
def f():
    pass
c = af()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(f), asyncio.iscoroutinefunction(af),
      asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(c))
c.close()

# run errors
try:
    asyncio.run(1)
except ValueError as e:
    print(type(e).__name__, e)

async def nested():
    c = af()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    finally:
        c.close()
asyncio.run(nested())

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)

# exceptions from main propagate out of run
async def boom():
    await asyncio.sleep(0)
    raise KeyError("from main")
try:
    asyncio.run(boom())
except KeyError as e:
    print("run raised", e)

# the loop closes after run
async def get_loop():
    return asyncio.get_running_loop()
loop = asyncio.run(get_loop())
print(loop.is_closed(), loop.is_running())
