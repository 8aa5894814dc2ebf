# Threads incrementing shared counters under a Lock; exact totals.
import threading
counter = 0
lock = threading.Lock()
per_thread = {}
def work(name, n):
    global counter
    local = 0
    for _ in range(n):
        with lock:
            counter += 1
        local += 1
    with lock:
        per_thread[name] = local
threads = [threading.Thread(target=work, args=(f"t{i}", 200 * (i + 1))) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, sorted(per_thread.items()), sum(per_thread.values()))
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
rl = threading.RLock()
def reenter(n):
    with rl:
        if n:
            return 1 + reenter(n - 1)
        return 0
print(reenter(5))
results = []
def appender(i):
    for j in range(100):
        with lock:
            results.append((i, j))
ts = [threading.Thread(target=appender, args=(i,)) for i in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(len(results), sorted(results) == [(i, j) for i in range(4) for j in range(100)])
for i in range(4):
    mine = [j for (k, j) in results if k == i]
    print(i, mine == list(range(100)))
try:
    threading.Lock().release()
except RuntimeError as e:
    print("RuntimeError", e)
t = threading.Thread(target=lambda: None, name="named")
print(t.name, t.is_alive(), t.daemon)
t.start(); t.join()
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
