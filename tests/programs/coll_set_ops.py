# sets and frozensets with ints (deterministic order) and sorted output for strings.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference([1], [2]), a.symmetric_difference([1, 99]))
print(a <= a, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3); print(s, len(s))
s.update([5, 6], {7}); print(s)
s.discard(100); s.discard(5); s.remove(6); print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 3, 7}, len(s))
s.clear(); print(s, set(), frozenset())
c = {1, 2, 3}
c |= {4}; c &= {1, 2, 4, 8}; c -= {1}; c ^= {2, 9}; print(c)
c.intersection_update([4, 9, 10]); c.difference_update([9]); c.symmetric_difference_update({1}); print(c)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])))
print({f: "frozen"}[frozenset({1, 2, 3})], f == {1, 2, 3}, {frozenset(): 0})
words = ["pear", "apple", "fig", "apple", "pear"]
print(sorted(set(words)), len(set(words)), sorted({w[0] for w in words}), sorted(set("hello")))
print({x % 4 for x in range(20)}, {x for x in range(10) if x > 6})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print(set([1, 2]) == frozenset([1, 2]), {1} != {2}, 3 in {1, 2, 3}, sorted({-5, 3, 0, -1}))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print(set(range(100, 0, -7)) == {x for x in range(2, 101) if (100 - x) % 7 == 0}, max({3, 8, 1}), sum({1, 2, 3}))
print({1, 2}.copy(), set({1: 2}), set("aab") == {"a", "b"}, {(1, 2), (1, 2)})
