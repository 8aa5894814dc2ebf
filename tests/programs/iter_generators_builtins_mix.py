# Mixing generators with builtins: laziness, short-circuiting of any/all, zip stopping, exhausted iterators.
log = []
def noisy(seq, name):
    for x in seq:
        log.append(f"{name}{x}")
        yield x
print(any(x > 2 for x in noisy(range(10), "a")), log)
log.clear()
print(all(x < 2 for x in noisy(range(10), "b")), log)
log.clear()
print(list(zip(noisy(range(3), "x"), noisy(range(10), "y"))), log)
log.clear()
print(next(filter(lambda v: v % 4 == 3, noisy(range(100), "f"))), log)
log.clear()
m = map(lambda v: v * 10, noisy([1, 2, 3], "m"))
print(log, next(m), log, list(m), log)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
it = iter(range(10))
print(3 in it, list(it))
it = iter("abcdef")
print(next(it), "".join(it), list(it))
g = (c for c in "xyz")
print(sorted(g, reverse=True), list(g))
e = enumerate(noisy("ab", "e"))
print(next(e), log[-1])
r = reversed([1, 2, 3])
print(next(r), list(r))
def count_to(n):
    i = 0
    while i < n:
        i += 1
        yield i
print(sum(count_to(100)), max(count_to(5)), min(count_to(5), default=0), sorted(count_to(3), key=lambda v: -v), dict(enumerate(count_to(3))))
print(list(map(sum, zip(count_to(3), count_to(3), count_to(3)))), "".join(map(str, count_to(9))))
print(tuple(filter(None, (0, 1, "", "x", None, [0]))), set(map(len, ["a", "bb", "cc"])) == {1, 2})
print(list(zip(*zip("abc", "123"))), list(enumerate(zip("ab", "cd"), 1)))
print(len(list(zip(range(5), range(3), range(4)))), list(zip("ab", range(5), strict=False)))
import itertools
print(list(itertools.zip_longest("abc", "d", fillvalue=0)), list(itertools.islice(count_to(10 ** 9), 3, 6)))
