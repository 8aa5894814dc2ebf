# Producer/consumer pipeline with queue.Queue and sentinels; deterministic aggregated results.
import threading, queue
q_in = queue.Queue()
q_out = queue.Queue()
def worker():
    while True:
        item = q_in.get()
        if item is None:
            q_in.task_done()
            break
        q_out.put((item, item * item))
        q_in.task_done()
workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(50):
    q_in.put(i)
for _ in workers:
    q_in.put(None)
q_in.join()
for w in workers:
    w.join()
res = []
while not q_out.empty():
    res.append(q_out.get())
res.sort()
print(len(res), res[:5], res[-3:], sum(v for _, v in res))
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for p in [5, 1, 4, 2, 3]:
    pq.put((p, f"task{p}"))
print([pq.get() for _ in range(5)])
bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full(), bq.qsize())
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full")
print(bq.get_nowait(), bq.get_nowait())
try:
    bq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
stages = [queue.Queue() for _ in range(3)]
def stage(i):
    while True:
        v = stages[i].get()
        if v is None:
            if i + 1 < len(stages):
                stages[i + 1].put(None)
            break
        if i + 1 < len(stages):
            stages[i + 1].put(v + 10 ** i)
        else:
            final.append(v)
final = []
ts = [threading.Thread(target=stage, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for v in range(10):
    stages[0].put(v)
stages[0].put(None)
for t in ts:
    t.join()
print(final)
