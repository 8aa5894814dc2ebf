# Generator pipelines, lazy evaluation, infinite generators, generator expressions.
def numbers():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(3, squares(evens(numbers())))))
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()
cfg = """
# comment
name = weft
version= 3
  empty =
"""
print(dict(parse(read_lines(cfg))))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 11))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcdef", 3)))
gen = (x for x in range(5))
print(sum(gen), sum(gen))
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(lazy))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:20], len(list(collatz(27))), max(collatz(27)))
g = (i * j for i in range(3) for j in range(3) if i != j)
print(list(g))
def gen_attrs():
    yield 1
ga = gen_attrs()
print(ga.__name__, ga.__qualname__, type(ga).__name__, iter(ga) is ga, hasattr(ga, "send"))
