# range: construction, len, indexing, slicing, membership, index/count (weft's own tests).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print("ctor", range(5), range(1, 5), range(1, 10, 3), range(Idx(2), Idx(8), Idx(2)), range(True))
show("zero step", lambda: range(1, 2, 0))
show("float", lambda: range(1.5))
show("str", lambda: range("a"))
show("no args", lambda: range())
show("four args", lambda: range(1, 2, 3, 4))
show("kw", lambda: range(stop=3))
for r in [range(0), range(5), range(2, 20, 4), range(10, 0, -3), range(-5, 5, 2), range(5, 5), range(0, -10, -1), range(3, 1)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print("index", r[0], r[-1], r[2], r.__getitem__(-2))
show("index range", lambda: r[7])
show("index neg range", lambda: r[-8])
show("index str", lambda: r["a"])
print("slices", r[1:3], r[::-1], r[::2], r[5:1:-1], r[-2:], r[100:], r[:-100], r[::-3])
print("slice lists", list(r[1:3]), list(r[::-1]), list(r[::2]), list(r[5:1:-1]))
n = range(10, -10, -3)
print("neg slices", n[::-1], n[1::2], list(n[::-2]), n[2:4])
print("contains", 7 in r, 8 in r, 3 in r, 30 in r, 27 in r, -1 in n, 1 in n, 7.0 in r, 7.5 in r, True in range(2), "a" in r)
print("index()", r.index(7), r.index(27), n.index(-8))
show("index missing", lambda: r.index(8))
show("index float", lambda: r.index(8.0))
print("index float found", r.index(7.0))
print("count", r.count(7), r.count(8), r.count(7.0), range(5).count(True))
print("eq dunder", range(0).__eq__(range(2, 2)), range(1).__eq__(1), range(1).__ne__(range(2)))
print("hash dunder", range(0).__hash__() == range(3, 3).__hash__(), range(1, 2).__hash__() == range(1, 5, 10).__hash__(), range(0, 4).__hash__() == hash((4, 0, 1)))
print("reversed", list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(5, 0, -2))), list(reversed(range(0))), list(range(3).__reversed__()))
big = range(10 ** 20)
print("big", big[-1], big[10 ** 19], 10 ** 19 in big, big.index(12345), big[::10 ** 19], big[5:][:3])
show("big len", lambda: len(big))
print("big len dunder ok", big.__bool__())
huge = range(-(10 ** 30), 10 ** 30, 7 * 10 ** 28)
print("huge", list(huge)[:3], huge[-1], list(reversed(huge))[:2])
print("iter types", type(iter(range(3))).__name__, type(reversed(range(3))).__name__, next(iter(range(4, 5))))
print("sum/minmax", sum(range(101)), min(range(5, 10)), max(range(5, 10)), sorted(range(3), reverse=True))
print("repr", repr(range(2, 3)), repr(range(2, 3, 1)), repr(range(2, 3, -1)), range(1).__repr__())
print("attrs", range(1, 9, 2).start, range(9).stop, range(9).step)
