# Classes implementing the sequence and mapping protocols used with builtins and syntax.
class Deck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "♠♥♦♣"
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[:3], d[12::13], "A♥" in d, "1♠" in d)
print(list(reversed(d))[:3], sorted(d, key=lambda c: (Deck.ranks.index(c[:-1]), c[-1]))[:5])
it = iter(d)
print(next(it), next(it), type(it).__name__)
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __contains__(self, k):
        return k.lower() in self._d
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
    def keys(self):
        return list(self)
    def __repr__(self):
        return f"Registry({dict(sorted(self._d.items()))})"
r = Registry()
r["Alpha"] = 1; r["BETA"] = 2; r["gamma"] = 3
print(r, r["ALPHA"], "beta" in r, len(r), list(r), dict(r), {**r})
del r["Beta"]
print(r, sorted(r), [k for k in r])
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(5)
print(list(c), list(reversed(c)), sum(c), max(c), 3 in c, [x for x in c if x % 2], dict(zip(c, "abcde")))
a, *b = c
print(a, b, *c)
class Slicer:
    def __getitem__(self, key):
        return key
s = Slicer()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s["k"], s[:, None])
class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
print(Vec((1, 2)) + Vec((3, 4)), Vec([5, 6])[1], len(Vec(range(4))))
class Infinite:
    def __getitem__(self, i):
        return i * i
import itertools
print(list(itertools.islice(Infinite(), 6)), 49 in Infinite())
