# Barrier phases and Semaphore-limited concurrency, with deterministic summaries.
import threading
N = 4
barrier = threading.Barrier(N)
phase_log = []
lock = threading.Lock()
def phased(i):
    for phase in range(3):
        with lock:
            phase_log.append((phase, i))
        barrier.wait()
ts = [threading.Thread(target=phased, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
phases = [p for p, _ in phase_log]
print(phases == sorted(phases), len(phase_log), [sorted(i for p, i in phase_log if p == k) for k in range(3)])
sem = threading.Semaphore(2)
active = [0]
max_active = [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            max_active[0] = max(max_active[0], active[0])
        for _ in range(2000):
            pass
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(max_active[0] <= 2, active[0])
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
s0 = threading.Semaphore(0)
print(s0.acquire(blocking=False), s0.acquire(timeout=0.01))
s0.release(2)
print(s0.acquire(blocking=False), s0.acquire(blocking=False), s0.acquire(blocking=False))
b2 = threading.Barrier(2, action=lambda: print("barrier action"))
def one():
    return b2.wait()
t = threading.Thread(target=one)
t.start()
idx = b2.wait()
t.join()
print(idx in (0, 1), b2.parties, b2.n_waiting, b2.broken)
