# heapq: exact list layouts, ties, nlargest/nsmallest with key, merge.
import heapq


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % 100


data = [rand() for _ in range(40)]
print("data", data)
h = list(data)
heapq.heapify(h)
print("heapify layout", h)
h2 = []
for v in data:
    heapq.heappush(h2, v)
print("push layout", h2)
print("pop 5", [heapq.heappop(h2) for _ in range(5)])
print("after pops", h2)
print("heapreplace", heapq.heapreplace(h2, 50), h2)
print("heappushpop small", heapq.heappushpop(h2, -1), h2[:5])
print("heappushpop big", heapq.heappushpop(h2, 77), h2)
print("heappushpop empty", heapq.heappushpop([], 5))
full = []
while h:
    full.append(heapq.heappop(h))
print("heapsort", full == sorted(data), full[:10])

show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push non-list", lambda: heapq.heappush((), 1))
show("heapify incomparable", lambda: heapq.heapify([1, "a", 2]))

# ties: stability of (priority, counter, item) pattern
tasks = []
for i, (prio, name) in enumerate([(2, "b"), (1, "a"), (2, "c"), (1, "d"), (3, "e"), (1, "f")]):
    heapq.heappush(tasks, (prio, i, name))
print("tasks layout", tasks)
print("task order", [heapq.heappop(tasks)[2] for _ in range(len(tasks))])

words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum", "lime", "cherry"]
for n in [0, 1, 2, 3, 5, 9, 20, -1]:
    print("n", n, heapq.nsmallest(n, words), heapq.nlargest(n, words))
    print("  key=len", heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
print("nlargest iterator", heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
print("nlargest key iter", heapq.nlargest(4, iter(words), key=lambda w: w[-1]))
print("nsmallest key iter", heapq.nsmallest(4, iter(words), key=lambda w: w[-1]))
print("empty", heapq.nlargest(3, []), heapq.nsmallest(3, iter([])), heapq.nlargest(1, []))

print("merge", list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print("merge empty", list(heapq.merge()), list(heapq.merge([], [1], [])))
print("merge reverse", list(heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)))
print("merge key", list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print("merge key reverse", list(heapq.merge(["ccc", "a"], ["dddd", "bb"], key=len, reverse=True)))
print("merge stable", list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print("merge gens", list(heapq.merge((i * 3 for i in range(5)), (i * 2 for i in range(5)))))
m = heapq.merge([1, 2], [3])
print("merge lazy", next(m), list(m))

maxh = []
for v in data[:10]:
    heapq.heappush(maxh, -v)
print("max heap", [-heapq.heappop(maxh) for _ in range(5)])


class Job:
    def __init__(self, p, name):
        self.p = p
        self.name = name

    def __lt__(self, other):
        return self.p < other.p

    def __repr__(self):
        return f"Job({self.p},{self.name})"


jobs = [Job(3, "x"), Job(1, "y"), Job(2, "z"), Job(1, "w")]
heapq.heapify(jobs)
print("custom lt layout", jobs)
print("custom order", [heapq.heappop(jobs) for _ in range(4)])
big = [(i * 7919) % 10007 for i in range(3000)]
heapq.heapify(big)
print("big heap", big[:12], heapq.nsmallest(5, big), heapq.nlargest(5, big))
print("all", sorted(heapq.__all__))
