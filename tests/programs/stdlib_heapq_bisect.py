# heapq and bisect: priority queues, top-k, merging, binary search helpers, grades.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h[0], len(h))
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data) == [heapq.heappop(data) for _ in range(len(data))])
nums = [15, 3, 99, 42, 7, 64, 23, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=False)))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
class Task:
    counter = 0
    def __init__(self, p, n):
        self.p, self.n = p, n
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, o):
        return (self.p, self.seq) < (o.p, o.seq)
th = []
for p, n in [(2, "b"), (1, "a"), (2, "c"), (1, "d")]:
    heapq.heappush(th, Task(p, n))
print([heapq.heappop(th).n for _ in range(4)])
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100), bisect.bisect_left(a, 5))
b = list(a)
bisect.insort(b, 5); bisect.insort_left(b, 4); bisect.insort_right(b, 0)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
def index_of(a, x):
    i = bisect.bisect_left(a, x)
    return i if i != len(a) and a[i] == x else -1
print([index_of(a, x) for x in [1, 4, 5, 9, 10]])
recs = [("a", 1), ("b", 3), ("c", 5)]
keys = [r[1] for r in recs]
print(recs[bisect.bisect_left(keys, 3)], bisect.bisect_left(recs, 4, key=lambda r: r[1]))
import random
rng = random.Random(7)
stream = [rng.randint(0, 1000) for _ in range(200)]
top = []
for x in stream:
    if len(top) < 5:
        heapq.heappush(top, x)
    elif x > top[0]:
        heapq.heapreplace(top, x)
print(sorted(top, reverse=True) == sorted(stream, reverse=True)[:5], sorted(top))
running = []
meds = []
for x in stream[:15]:
    bisect.insort(running, x)
    n = len(running)
    meds.append(running[n // 2] if n % 2 else (running[n // 2 - 1] + running[n // 2]) / 2)
print(meds)
