# The iterator protocol in classes: __iter__ returning generators, separate iterators, exhaustion.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
    def depth_first(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            yield from ch.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t), 6 in t, 9 in t)
for d, v in t.depth_first():
    print("  " * d + str(v))
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
    def __len__(self):
        return max(0, self.hi - self.lo)
class Range2Iter:
    def __init__(self, cur, hi):
        self.cur, self.hi = cur, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
r = Range2(3, 8)
print(list(r), list(r), len(r), [x * y for x in r for y in Range2(0, 2)])
it = iter(r)
print(next(it), next(it), list(it), list(it))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
import itertools
print(list(itertools.islice(Fib(), 15)), list(itertools.takewhile(lambda x: x < 100, Fib())))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoIter:
    pass
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print("TypeError", e)
class Stop:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("value ignored")
        return self.n
s = Stop()
print(list(s), list(s), s.n)
a, b, c = Range2(0, 3)
print(a, b, c)
try:
    x, y = Range2(0, 3)
except ValueError as e:
    print("ValueError", e)
try:
    x, y, z, w = Range2(0, 3)
except ValueError as e:
    print("ValueError", e)
print(dict(zip(Range2(0, 3), "abc")), set(Range2(0, 4)) == {0, 1, 2, 3}, tuple(Range2(5, 7)), "-".join(map(str, Range2(1, 4))))
