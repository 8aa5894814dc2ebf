# Generator-based coroutines: priming decorator, pipelines with send, a tiny event-loop scheduler.
import functools
def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def collector(out):
    while True:
        out.append((yield))
found = []
pipe = grep("py", upper(collector(found)))
for line in ["python rocks", "java", "pypy is fast", "rust"]:
    pipe.send(line)
print(found)
@coroutine
def running_stats():
    n = total = 0
    mn = mx = None
    result = None
    while True:
        x = yield result
        n += 1
        total += x
        mn = x if mn is None else min(mn, x)
        mx = x if mx is None else max(mx, x)
        result = (n, total / n, mn, mx)
s = running_stats()
for v in [5, 3, 9, 1]:
    print(s.send(v))
def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} got {received}")
    return f"{name} finished"
def scheduler(tasks):
    queue = [(t, None) for t in tasks]
    results = []
    while queue:
        t, msg = queue.pop(0)
        try:
            out = t.send(msg)
            print(out)
            queue.append((t, "ping" if "1" in out else None))
        except StopIteration as e:
            results.append(e.value)
    return results
print(scheduler([task("A", 3), task("B", 1), task("C", 2)]))
def accumulate_until_none():
    items = []
    while True:
        v = yield
        if v is None:
            return items
        items.append(v)
acc = accumulate_until_none()
next(acc)
for v in "abc":
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegating():
    result = yield from accumulate_until_none()
    yield f"got {result}"
d = delegating()
next(d)
d.send(1); d.send(2)
print(d.send(None))
