# asyncio with threads: to_thread, run_in_executor, call_soon_threadsafe.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

def blocking(n):
    time.sleep(0.01)
    return n * n, threading.current_thread() is not threading.main_thread()

def failing():
    raise ValueError("from thread")

async def main():
    print(await asyncio.to_thread(blocking, 3))
    res = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5)))
    print(res)
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("ValueError", e)

    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        r = await loop.run_in_executor(pool, blocking, 7)
        print("executor:", r)

    # keyword arguments through to_thread
    def kw(a, *, b):
        return a + b
    print(await asyncio.to_thread(kw, 1, b=2))

    # a thread completing a future via call_soon_threadsafe
    fut = loop.create_future()
    def worker():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from thread")
    t = threading.Thread(target=worker)
    t.start()
    print(await fut)
    t.join()

    # the event loop keeps running other tasks while a thread works
    ticks = []
    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0)
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 2), ticker())
    print(r, ticks)

    # timeouts still work around thread work
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.2), 0.01)
    except asyncio.TimeoutError:
        print("thread call timed out (the thread keeps running)")

asyncio.run(main())
print("after run")
