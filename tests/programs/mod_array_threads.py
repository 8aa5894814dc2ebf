# array.array: concurrent appends/extends/pops from several threads lose nothing
import threading
from array import array

a = array('i')
N, T = 2000, 4
def worker(k):
    for i in range(N):
        a.append(k)
        if i % 100 == 0:
            a.extend([k, k])
threads = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(a), sorted(set(a)), [a.count(k) for k in range(T)])

b = array('d', [1.0] * 4000)
popped = []
lock = threading.Lock()
def popper():
    got = 0
    for _ in range(1000):
        b.pop()
        got += 1
    with lock:
        popped.append(got)
threads = [threading.Thread(target=popper) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(b), sum(popped))

c = array('q', range(100))
def mutate():
    # reverse and byteswap are single atomic operations; an even number of
    # each restores the original contents whatever the interleaving.
    for i in range(500):
        c.reverse()
        c.byteswap()
threads = [threading.Thread(target=mutate) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(c), c == array('q', range(100)))
