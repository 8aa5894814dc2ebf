# threading.local isolation, thread names/idents, daemon flags, enumerate/active_count at rest.
import threading
data = threading.local()
data.value = "main"
out = {}
def worker(i):
    data.value = f"worker{i}"
    for _ in range(100):
        pass
    out[i] = data.value
ts = [threading.Thread(target=worker, args=(i,), name=f"W{i}") for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(data.value, sorted(out.items()))
print([t.name for t in ts], all(not t.is_alive() for t in ts))
idents = set()
lk = threading.Lock()
def rec():
    with lk:
        idents.add(threading.get_ident())
ts = [threading.Thread(target=rec) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(idents) >= 1, threading.get_ident() not in idents or True, threading.active_count())
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
mts = [MyThread(n) for n in (10, 100, 1000)]
for t in mts:
    t.start()
for t in mts:
    t.join()
print([t.result for t in mts])
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start(); d.join()
print(len(threading.enumerate()), threading.current_thread().name)
t = threading.Thread(target=print, args=("printed", "from", "thread"), kwargs={"sep": "-"})
t.start(); t.join()
def get_name():
    out["name"] = threading.current_thread().name
t = threading.Thread(target=get_name, name="custom-name")
t.start(); t.join()
print(out["name"])
t = threading.Timer(0.01, lambda: out.__setitem__("timer", "fired"))
t.start(); t.join()
print(out["timer"])
