# asyncio queues: producer/consumer, maxsize backpressure, join/task_done,
# nowait errors, PriorityQueue, LifoQueue.
import asyncio

async def producer(q, n, log):
    for i in range(n):
        await q.put(i)
        log.append(f"put {i}")
    await q.put(None)

async def consumer(q, log):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        log.append(f"got {item}")
        total += item
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize(), str(q))
    log = []
    _, total = await asyncio.gather(producer(q, 5, log), consumer(q, log))
    print(total)
    print(log)

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.full(), str(q))
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)

    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    try:
        await asyncio.wait_for(full.put(3), 0.01)
    except asyncio.TimeoutError:
        print("put timed out", full.qsize())
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")

    # join waits until every item is processed
    work = asyncio.Queue()
    done = []
    async def worker(name):
        while True:
            item = await work.get()
            await asyncio.sleep(0)
            done.append((name, item))
            work.task_done()
    for i in range(6):
        work.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await work.join()
    print(sorted(item for _, item in done), len(done))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for item in "xyz":
        lq.put_nowait(item)
    print([lq.get_nowait() for _ in range(3)])

    # getters are woken in FIFO order
    q = asyncio.Queue()
    order = []
    async def getter(name):
        order.append((name, await q.get()))
    tasks = [asyncio.create_task(getter(n)) for n in ("first", "second", "third")]
    await asyncio.sleep(0)
    for v in (1, 2, 3):
        q.put_nowait(v)
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
