# collections.abc: isinstance/issubclass through __subclasshook__, mixin methods.
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Mapping,
                             MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Generator, Reversible, Collection)

values = [[], (), {}, set(), frozenset(), "s", b"b", 1, 1.5, None, range(3), iter([]), (x for x in [])]
for name in ("Iterable", "Iterator", "Sized", "Container", "Hashable", "Mapping",
             "MutableMapping", "Sequence", "MutableSequence", "Set", "MutableSet",
             "Generator", "Reversible", "Collection"):
    abc = getattr(cabc, name)
    print(name.ljust(15), "".join("1" if isinstance(v, abc) else "0" for v in values))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["a"] = 1
r.update(b=2, c=3)
print(len(r), sorted(r.keys()), sorted(r.items()), r.get("z", 0), "a" in r, r.pop("a"), r.setdefault("d", 4))
print(sorted(r.values()), isinstance(r, Mapping), r == {"b": 2, "c": 3, "d": 4})


class Span(Sequence):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.lo + i

    def __len__(self):
        return self.hi - self.lo


s = Span(3, 8)
print(list(s), s[-1], 5 in s, s.index(6), s.count(4), list(reversed(s)), isinstance(s, Reversible))


class Bits(Set):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), a <= Bits([1, 2, 3, 4]), a.isdisjoint(Bits([9])))
try:
    Registry.__abstractmethods__ = frozenset()
    MutableMapping()
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Hashable), issubclass(list, Hashable))
