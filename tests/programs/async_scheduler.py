# A tiny hand-written event loop driving coroutines through custom
# awaitables: exercises send/throw/close on real suspension chains.
import heapq

class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        return (yield ("sleep", self.t))

class Spawn:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return (yield ("spawn", self.coro))

class Join:
    def __init__(self, tid):
        self.tid = tid
    def __await__(self):
        return (yield ("join", self.tid))

class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.results = {}
        self.joiners = {}
        self.names = {}
        self.log = []

    def push(self, when, tid, coro, value=None, exc=None):
        self.seq += 1
        heapq.heappush(self.queue, (when, self.seq, tid, coro, value, exc))

    def spawn(self, coro):
        tid = len(self.names) + 1
        self.names[tid] = coro.__qualname__
        self.push(self.now, tid, coro)
        return tid

    def run(self):
        while self.queue:
            when, _, tid, coro, value, exc = heapq.heappop(self.queue)
            self.now = when
            try:
                if exc is not None:
                    req = coro.throw(exc)
                else:
                    req = coro.send(value)
            except StopIteration as e:
                self.finish(tid, ("ok", e.value))
                continue
            except Exception as e:
                self.finish(tid, ("err", f"{type(e).__name__}: {e}"))
                continue
            kind, arg = req
            if kind == "sleep":
                if arg < 0:
                    self.push(self.now, tid, coro, exc=ValueError("negative sleep"))
                else:
                    self.push(self.now + arg, tid, coro, value=self.now + arg)
            elif kind == "spawn":
                self.push(self.now, tid, coro, value=self.spawn(arg))
            elif kind == "join":
                if arg in self.results:
                    self.push(self.now, tid, coro, value=self.results[arg])
                else:
                    self.joiners.setdefault(arg, []).append((tid, coro))

    def finish(self, tid, result):
        self.results[tid] = result
        self.log.append((self.now, self.names[tid], result))
        for jt, jc in self.joiners.pop(tid, []):
            self.push(self.now, jt, jc, value=result)

async def worker(name, delays):
    t = 0
    for d in delays:
        t = await Sleep(d)
    return f"{name} finished at {t}"

async def failing():
    await Sleep(1)
    raise RuntimeError("worker failed")

async def catches_bad_sleep():
    try:
        await Sleep(-1)
    except ValueError as e:
        return f"caught {e}"

async def main():
    a = await Spawn(worker("a", [3, 1]))
    b = await Spawn(worker("b", [1, 1, 1]))
    c = await Spawn(failing())
    d = await Spawn(catches_bad_sleep())
    results = []
    for tid in (a, b, c, d):
        results.append(await Join(tid))
    return results

s = Scheduler()
s.spawn(main())
s.run()
for entry in s.log:
    print(entry)

# closing a suspended coroutine chain runs every finally, innermost first
order = []
async def level(n):
    try:
        if n == 0:
            await Sleep(1)
        else:
            await level(n - 1)
    finally:
        order.append(n)

c = level(3)
print(c.send(None))
c.close()
print(order)

# throw propagates through the chain to the outermost handler
async def handler():
    try:
        await level(2)
    except KeyError as e:
        return f"outer caught {e!r}"
order.clear()
c = handler()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value, order)
