# A bounded buffer built from Condition variables, multiple producers/consumers, exact accounting.
import threading
class BoundedBuffer:
    def __init__(self, cap):
        self.cap = cap
        self.items = []
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0
    def put(self, x):
        with self.not_full:
            while len(self.items) >= self.cap:
                self.not_full.wait()
            self.items.append(x)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()
    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            x = self.items.pop(0)
            self.not_full.notify()
            return x
buf = BoundedBuffer(3)
N_PROD, PER = 3, 40
consumed = []
clock = threading.Lock()
def producer(p):
    for i in range(PER):
        buf.put((p, i))
def consumer():
    while True:
        item = buf.get()
        if item is None:
            break
        with clock:
            consumed.append(item)
cons = [threading.Thread(target=consumer) for _ in range(2)]
prods = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    buf.put(None)
for t in cons:
    t.join()
print(len(consumed), buf.max_seen <= 3, sorted(consumed) == [(p, i) for p in range(N_PROD) for i in range(PER)])
for p in range(N_PROD):
    seq = [i for (q, i) in consumed if q == p]
    print(p, sorted(seq) == list(range(PER)), len(seq))
print(buf.items)
