# Lock acquire with timeout, Event wait timeouts, join timeouts on finished threads, thread result hand-off.
import threading, time
lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.01), lock.acquire(blocking=False))
lock.release()
print(lock.acquire(timeout=0.01))
lock.release()
ev = threading.Event()
print(ev.wait(timeout=0.001), ev.is_set())
holder = {}
def compute():
    holder["value"] = sum(range(1000))
    ev.set()
t = threading.Thread(target=compute)
t.start()
print(ev.wait(timeout=5), holder["value"])
t.join(timeout=5)
print(t.is_alive())
started = threading.Event()
release = threading.Event()
def blocker():
    started.set()
    release.wait()
b = threading.Thread(target=blocker)
b.start()
started.wait()
b.join(timeout=0.01)
print("still alive:", b.is_alive())
release.set()
b.join()
print("after release:", b.is_alive())
cond = threading.Condition()
with cond:
    print(cond.wait_for(lambda: False, timeout=0.01))
    print(cond.wait_for(lambda: True, timeout=0.01))
order = []
gate = threading.Event()
def waiter(i):
    gate.wait()
    with lock:
        order.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
time.sleep(0.01)
print("before gate:", order)
gate.set()
for w in ws:
    w.join()
print("after gate:", sorted(order))
tm = threading.Timer(10, lambda: print("should not fire"))
tm.start()
tm.cancel()
tm.join()
print("timer cancelled", tm.is_alive())
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release(); rl.release(); rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError", e)
