# Sorting: stability across multiple passes, key functions, reverse stability, sorting mixed records.
records = [("eve", 88, "b"), ("bob", 95, "a"), ("amy", 88, "a"), ("dan", 72, "c"), ("cat", 95, "b"), ("fay", 72, "a")]
by_grade = sorted(records, key=lambda r: r[1])
print(by_grade)
multi = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print(multi)
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
l = list(range(20))
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=lambda x: x % 3, reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana", "APPLE"]
print(sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len), sorted(words, key=lambda w: w[::-1]))
nums = [3.5, -2, 7, 0, -2.0, 3.5, 1e-9]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [3]]), sorted([(1, "b"), (1, "a", 0), (0,)]))
print(sorted("The Quick Brown Fox".split(), key=lambda s: s.casefold()), sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
class Item:
    def __init__(self, n, p):
        self.n, self.p = n, p
    def __repr__(self):
        return f"{self.n}:{self.p}"
items = [Item("x", 3), Item("y", 1), Item("z", 3), Item("w", 2)]
print(sorted(items, key=lambda i: i.p), sorted(items, key=lambda i: -i.p))
import operator
print(sorted(items, key=operator.attrgetter("p", "n")))
try:
    sorted(items)
except TypeError as e:
    print("TypeError", e)
big = [(i * 7919) % 101 for i in range(101)]
print(sorted(big) == list(range(101)), sorted(big, reverse=True)[:5], big[:10])
a = [5, 1, 4]
b = sorted(a)
a.sort()
print(a == b, a is not b, sorted(()), sorted(""), sorted({}), sorted(range(5, 0, -1)))
print(list(reversed(sorted([2, 3, 1]))), sorted([True, False, 0, 1, -1]), min([[1, 2], [1]]), max("abc", "abd", key=lambda s: s[-1]))
