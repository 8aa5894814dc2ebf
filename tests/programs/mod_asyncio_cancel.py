# Cancellation, wait_for timeouts, shield, wait, as_completed, futures.
import asyncio

async def forever(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), log, t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)

    # cancel with a message, before the task starts
    t = asyncio.create_task(forever(log))
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancel"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # CancelledError is a BaseException
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.TimeoutError is TimeoutError)

    # wait_for
    async def slow(v, d):
        await asyncio.sleep(d)
        return v
    print(await asyncio.wait_for(slow("fast enough", 0.001), timeout=1))
    print(await asyncio.wait_for(slow("no timeout", 0), timeout=None))
    try:
        await asyncio.wait_for(slow("too slow", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 raises TimeoutError")
    log.clear()
    try:
        await asyncio.wait_for(forever(log), 0.01)
    except TimeoutError:
        print("inner saw", log)

    # shield keeps the inner task running
    inner = asyncio.create_task(slow("shielded", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

    # wait
    tasks = [asyncio.create_task(slow(i, d)) for i, d in [(1, 0.01), (2, 0.4), (3, 0.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(slow(i, d)) for i, d in [(1, 0.01), (2, 3.0), (3, 3.0)]]
    done, pending = await asyncio.wait(tasks, timeout=1.0)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)

    # as_completed yields in completion order
    loop = asyncio.get_running_loop()
    async def after_yields(v, n):
        # completion order by loop iterations, independent of machine speed
        for _ in range(n):
            await asyncio.sleep(0)
        return v
    coros = [after_yields(v, n) for v, n in [("third", 9), ("first", 1), ("second", 5)]]
    for fut in asyncio.as_completed(coros):
        print("as_completed:", await fut)

    # bare futures
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done())
    loop.call_soon(fut.set_result, 42)
    print(await fut, repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    fut = loop.create_future()
    fut.set_exception(ValueError("fut err"))
    print(repr(fut))
    try:
        await fut
    except ValueError as e:
        print("future raised", e)
    fut = loop.create_future()
    fut.cancel()
    print(repr(fut), fut.cancelled())
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(lambda f: seen.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: seen.append(("cb2", f.result())))
    fut.set_result("v")
    await asyncio.sleep(0)
    print(seen)

    # call_later ordering and handles
    fired = []
    base = loop.time() + 0.05
    loop.call_at(base + 0.02, fired.append, "late")
    loop.call_at(base + 0.01, fired.append, "early")
    h = loop.call_at(base + 0.015, fired.append, "cancelled")
    h.cancel()
    loop.call_soon(fired.append, "soon")
    done_fut = loop.create_future()
    loop.call_at(base + 0.03, done_fut.set_result, None)
    await done_fut
    print(fired, h.cancelled())

    # cancelling gather cancels its children
    children = [asyncio.create_task(slow(i, 1)) for i in range(2)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", [c.cancelled() for c in children])

asyncio.run(main())
