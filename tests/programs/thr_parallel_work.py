# Splitting work across threads and combining results deterministically: chunked sums, word counts, matrix rows.
import threading
from collections import Counter
data = list(range(1, 2001))
n_threads = 4
chunk = len(data) // n_threads
partials = [0] * n_threads
def summer(i):
    partials[i] = sum(x * x for x in data[i * chunk:(i + 1) * chunk])
ts = [threading.Thread(target=summer, args=(i,)) for i in range(n_threads)]
for t in ts: t.start()
for t in ts: t.join()
print(partials, sum(partials) == sum(x * x for x in data))
texts = ["the cat sat on the mat", "the dog ate the cat food", "a cat and a dog", "mat mat mat"] * 5
counters = [Counter() for _ in texts]
def count(i):
    counters[i].update(texts[i].split())
ts = [threading.Thread(target=count, args=(i,)) for i in range(len(texts))]
for t in ts: t.start()
for t in ts: t.join()
total = sum(counters, Counter())
print(total.most_common(5), sum(total.values()))
A = [[i + j for j in range(6)] for i in range(6)]
B = [[i * j for j in range(6)] for i in range(6)]
C = [None] * 6
def row(i):
    C[i] = [sum(A[i][k] * B[k][j] for k in range(6)) for j in range(6)]
ts = [threading.Thread(target=row, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
for r in C:
    print(r)
lock = threading.Lock()
shared = {}
def writer(i):
    for j in range(50):
        with lock:
            shared[(i, j)] = i * j
ts = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), sum(shared.values()), shared[(7, 49)])
results = []
rlock = threading.Lock()
def primes_in(lo, hi):
    ps = [n for n in range(max(lo, 2), hi) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
    with rlock:
        results.append((lo, ps))
ts = [threading.Thread(target=primes_in, args=(lo, lo + 50)) for lo in range(0, 300, 50)]
for t in ts: t.start()
for t in ts: t.join()
for lo, ps in sorted(results):
    print(lo, len(ps), ps[:5])
lst = []
def appender(k):
    for i in range(100):
        lst.append(k)
ts = [threading.Thread(target=appender, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), sorted(Counter(lst).items()))
