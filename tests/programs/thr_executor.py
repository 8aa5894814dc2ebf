# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, exceptions, results in order.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def square(x):
    return x * x
def fails(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    done = sorted(f.result() for f in as_completed(futs))
    print(done)
    fut = ex.submit(fails, 3)
    try:
        fut.result()
    except ValueError as e:
        print("ValueError", e, type(fut.exception()).__name__)
    print(ex.submit(fails, 2).result(), fut.done())
    try:
        list(ex.map(fails, range(5)))
    except ValueError as e:
        print("map raised", e)
    fs = [ex.submit(pow, 2, i) for i in range(8)]
    d, nd = wait(fs)
    print(len(d), len(nd), sum(f.result() for f in d))
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
with ThreadPoolExecutor(max_workers=3) as ex:
    results = dict(zip(range(8, 13), ex.map(fib, range(8, 13))))
print(results)
import threading
lock = threading.Lock()
total = [0]
def add(n):
    with lock:
        total[0] += n
with ThreadPoolExecutor(2) as ex:
    for i in range(100):
        ex.submit(add, i)
print(total[0])
ex1 = ThreadPoolExecutor(1)
f = ex1.submit(lambda: "cb")
got = []
f.add_done_callback(lambda fut: got.append(fut.result()))
ex1.shutdown(wait=True)
print(got, f.result(), f.cancelled(), f.done())
