# Realistic asyncio programs: pipelines with async generators, fan-out/fan-in,
# rate limiting, retries with timeouts, structured error handling.
import asyncio

async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def stage_square(source):
    async for x in source:
        yield x * x

async def stage_filter(source, pred):
    async for x in source:
        if pred(x):
            yield x

async def pipeline():
    src = ticker(10)
    out = [v async for v in stage_filter(stage_square(src), lambda v: v % 2 == 0)]
    print("pipeline:", out)

async def fan_out_fan_in():
    inbox = asyncio.Queue()
    outbox = asyncio.Queue()

    async def worker(wid):
        while True:
            job = await inbox.get()
            if job is None:
                inbox.task_done()
                return wid
            await asyncio.sleep(0)
            await outbox.put((job, job ** 2))
            inbox.task_done()

    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    for j in range(8):
        await inbox.put(j)
    for _ in workers:
        await inbox.put(None)
    await inbox.join()
    ids = await asyncio.gather(*workers)
    results = sorted([outbox.get_nowait() for _ in range(outbox.qsize())])
    print("workers", sorted(ids), "results", results)

async def retries():
    attempts = []

    async def flaky(n):
        attempts.append(n)
        if n < 2:
            await asyncio.sleep(1)  # will time out
        return f"ok on attempt {n}"

    for n in range(5):
        try:
            print(await asyncio.wait_for(flaky(n), timeout=0.01))
            break
        except asyncio.TimeoutError:
            print(f"attempt {n} timed out")
    print("attempts", attempts)

async def error_handling():
    async def risky(i):
        await asyncio.sleep(0)
        if i == 2:
            raise ValueError(f"task {i} failed")
        return i

    results = await asyncio.gather(*(risky(i) for i in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

    tasks = [asyncio.create_task(risky(i)) for i in range(4)]
    done, _ = await asyncio.wait(tasks)
    failed = [t for t in tasks if t.exception() is not None]
    print(len(done), [str(t.exception()) for t in failed])

async def rate_limited():
    sem = asyncio.Semaphore(2)
    running = []
    peak = [0]

    async def fetch(i):
        async with sem:
            running.append(i)
            peak[0] = max(peak[0], len(running))
            await asyncio.sleep(0.001)
            running.remove(i)
            return f"page{i}"

    pages = await asyncio.gather(*(fetch(i) for i in range(7)))
    print(pages, "max concurrent:", peak[0])

async def timeouts_in_async_for():
    got = []
    async def slow_source():
        for i in range(5):
            await asyncio.sleep(0.001 if i < 2 else 10)
            yield i
    async def consume():
        async for v in slow_source():
            got.append(v)
    try:
        await asyncio.wait_for(consume(), 1.0)
    except asyncio.TimeoutError:
        print("consumer timed out after", got)

async def task_callbacks():
    loop = asyncio.get_running_loop()
    events = []
    t = loop.create_task(asyncio.sleep(0, "slept"))
    t.add_done_callback(lambda f: events.append(("done", f.result())))
    print(await t)
    await asyncio.sleep(0)
    print(events)

async def main():
    await pipeline()
    await fan_out_fan_in()
    await retries()
    await error_handling()
    await rate_limited()
    await timeouts_in_async_for()
    await task_callbacks()
    return "all done"

print(asyncio.run(main()))

# a second run gets a fresh loop; task names keep counting
async def name_of_task():
    return asyncio.current_task().get_name().startswith("Task-")
print(asyncio.run(name_of_task()))

# Runner reuses one loop for several runs
with asyncio.Runner() as runner:
    loop1 = runner.get_loop()
    print(runner.run(asyncio.sleep(0, "first")), runner.run(asyncio.sleep(0, "second")))
    print(loop1 is runner.get_loop())
print(loop1.is_closed())
