# asyncio Lock, Event, Condition, Semaphore, BoundedSemaphore.
import asyncio

def state(obj):
    """The bracketed part of a lock's repr (the rest holds an address)."""
    r = repr(obj)
    return r[r.index(" [") + 1:]

async def lock_demo():
    lock = asyncio.Lock()
    print(lock.locked(), state(lock))
    log = []

    async def worker(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            log.append(f"{name} out")

    await asyncio.gather(*(worker(n) for n in "abc"))
    print(log)
    await lock.acquire()
    print(lock.locked(), state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    # a waiter that is cancelled does not get the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    lock.release()
    print("after cancel:", lock.locked(), t.cancelled())

async def event_demo():
    ev = asyncio.Event()
    print(ev.is_set(), state(ev))
    results = []

    async def waiter(i):
        await ev.wait()
        results.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("waiting:", results, state(ev))
    ev.set()
    await asyncio.gather(*tasks)
    print("released:", results, ev.is_set())
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timed out")

async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return i

    print(await asyncio.gather(*(job(i) for i in range(6))), "peak", peak)
    print(sem.locked(), state(sem))
    await sem.acquire()
    await sem.acquire()
    print(sem.locked(), state(sem))
    sem.release()
    sem.release()
    sem.release()
    print("plain semaphore can exceed:", sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)

async def condition_demo():
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            return f"{name} got {items.pop(0)}"

    async def producer():
        for i in range(2):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                cond.notify()

    res = await asyncio.gather(consumer("c1"), consumer("c2"), producer())
    print(res)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)

async def main():
    await lock_demo()
    await event_demo()
    await semaphore_demo()
    await condition_demo()

asyncio.run(main())
