# sorted/list.sort with tuple, str, int and float keys: the native ordering
# must agree with Python's tuple comparison (first unequal pair decides,
# identical items count as equal), stability, reverse, and errors.
import math

words = ["pear", "apple", "fig", "apple", "kiwi", "date", "fig", "banana", "é", "z", "ü", ""]
counts = {}
for i, w in enumerate(words * 3):
    counts[w] = counts.get(w, 0) + (i % 4)
items = list(counts.items())
print(sorted(items, key=lambda kv: (-kv[1], kv[0])))
print(sorted(items, key=lambda kv: (kv[1], kv[0]), reverse=True))
print(sorted(items, key=lambda kv: kv[1]))
print(sorted(items, key=lambda kv: kv[1], reverse=True))
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len))

data = [(i * 7919 % 101, str(i % 13), i) for i in range(300)]
print(sorted(data)[:8], sorted(data, reverse=True)[:5])
print(sorted(data, key=lambda t: (t[1], -t[0]))[:6])
print(sorted(range(50), key=lambda i: (i % 3, -i))[:12])

# Floats, NaN, mixed numbers.
nan = float("nan")
print(sorted([(1.5, "b"), (1.5, "a"), (-0.0, "z"), (0.0, "y"), (2, "x"), (True, "w"), (1, "v")]))
print(sorted([(nan, 1), (nan, 0)]))
pairs = [(nan, 2), (1.0, 1), (nan, 1), (0.5, 3)]
print(sorted(pairs))
print(sorted([(x, 0) for x in [3.5, nan, 1.0, nan, -2.0]], key=lambda t: t))
print(sorted([3, 1.5, 2, True, -1, 2**70, -2**70, 2.5]))
print(sorted([(2**70, "a"), (2**70, "b"), (1, "c"), (2**69, "d")]))

# Tuples of different lengths and nested tuples.
print(sorted([(1, 2), (1,), (), (1, 2, 3), (0, 9), (1, 2, 0)]))
print(sorted([((1, "b"), 2), ((1, "a"), 3), ((0, "z"), 1)]))

# Keys that need Python comparison.
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([(1, K(3)), (1, K(1)), (0, K(2))]))
print(sorted([K(2), K(1), K(3)]))

class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)
print(sorted([T((1,)), T((1, 2, 3)), T((1, 2))]))

# Errors.
for bad in [[(1, "a"), (1, 2)], [(1,), ("a",)], [1, "a"], [(nan, 1), (nan, "x")]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
def boom(x):
    if x == 3:
        raise ValueError("boom")
    return x
lst = [5, 3, 1]
try:
    lst.sort(key=boom)
except ValueError as e:
    print("ValueError", e, lst)
lst = [3, 1, 2]
def grow(x):
    lst.append(x)
    return x
try:
    lst.sort(key=grow)
except ValueError as e:
    print("ValueError", e)

# Stability with equal keys, in place and reversed.
recs = [("b", 1), ("a", 1), ("c", 0), ("a", 0), ("b", 0)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
big = [(i % 5, -(i % 7)) for i in range(1000)]
order = sorted(range(1000), key=lambda i: big[i])
print(order[:10], order[-10:], all(big[a] <= big[b] for a, b in zip(order, order[1:])))
print(sorted(list(range(40)) + list(range(40)))[:12], sorted(range(100, 0, -3))[:5])

# Short lists are sorted with CPython's own comparison sequence.
log = []
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
for seq in [[3, 1, 2], [5, 4, 3, 2, 1, 6, 7], [1, 2, 3, 0], [(i * 37) % 50 for i in range(50)]]:
    log.clear()
    out = [x.v for x in sorted(map(L, seq))]
    print(out[:10], len(log), log[:12])
