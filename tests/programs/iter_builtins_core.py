# Iteration builtins: zip, map, filter, enumerate, reversed, sorted, min/max, sum, any/all, iter.
a, b, c = [1, 2, 3, 4], "abc", (10.0, 20.0)
print(list(zip(a, b)), list(zip(a, b, c)), list(zip()), list(zip(a)))
try:
    list(zip(a, b, strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1, 2], "xy", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda x, y: x * y, a, [5, 6])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(enumerate(b)), list(enumerate(b, start=5)), list(enumerate([], 3)))
print(list(reversed(a)), list(reversed(range(5))), list(reversed("xyz")), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted([-3, 2, -1], key=abs), sorted(a, reverse=True))
print(min(a), max(a), min("hello"), max([], default="empty"), min([], default=None), max(a, key=lambda x: -x))
print(min(4, 2, 8), max("apple", "fig", key=len), min([(1, "b"), (1, "a")]), max([1, 3, 3.0, 2]))
print(sum(a), sum(a, 100), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(1, 101)), sum(x * x for x in range(10)))
print(any([]), all([]), any(x > 3 for x in a), all(x > 0 for x in a), any("0"), all([1, 0]))
it = iter(a)
print(next(it), next(it), list(it), next(it, "exhausted"))
data = [5, 3, 0, 8]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)), list(zip(Countdown(3), "ab")))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])), list(enumerate(Seq())))
for bad in [lambda: next(iter([])), lambda: min([]), lambda: max(1), lambda: iter(5), lambda: sum(["a", "b"]), lambda: sorted([1, "x"])]:
    try:
        bad()
    except (StopIteration, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(range(0, 100, 7)), range(10)[3], range(10)[-1], range(0, 10, 3)[1:], 5 in range(10), range(5).index(3), range(3) == range(0, 3))
print(list(range(10, 0, -3)), list(range(-5)), list(range(2, 2)), range(1, 10, 2).count(3))
print(divmod(*[17, 5]), dict(enumerate("ab")), list(map(pow, [2, 3], [3, 2])), tuple(map(len, ["a", "bb"])))
