# Classic itertools recipes implemented with generators.
import itertools as it
from collections import deque
def take(n, iterable):
    return list(it.islice(iterable, n))
def tabulate(f, start=0):
    return map(f, it.count(start))
def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(it.islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return map(next, map(lambda g: g[1], it.groupby(iterable, key)))
def sliding_window(iterable, n):
    itr = iter(iterable)
    window = deque(it.islice(itr, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window.append(x)
        yield tuple(window)
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass
print(take(5, tabulate(lambda x: x * x)))
i = iter(range(10)); consume(i, 3); print(next(i))
i = iter(range(10)); consume(i); print(next(i, "empty"))
print(nth(range(100), 42), nth("abc", 10, "dflt"), all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(quantify([1, 0, 3, None, 5]), quantify(range(10), lambda x: x % 3 == 0), list(ncycles("ab", 3)))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window(range(6), 3)), list(sliding_window([1], 2)), first_true([0, None, 7, 8]), first_true([], "none"))
stack = [1, 2, 3]
print(list(iter_except(stack.pop, IndexError)), stack)
print(list(it.accumulate(range(1, 6), lambda a, b: a * b)), list(it.starmap(lambda a, b: a ** b, zip(range(5), it.repeat(2)))))
