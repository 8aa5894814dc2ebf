# Iteration order of sets built from other sets and dicts (CPython's set_merge: one resize up
# front, an empty target copied slot by slot) and of the set algebra built on it; stored
# hashes are reused, so __hash__ is not called again when merging a set.


def show(label, s):
    print(label, len(s), list(s))


def copies():
    a = set()
    for k in (6, 14, 7):  # 7 lands in slot 4 after 6 and 14 collide
        a.add(k)
    show("a", a)
    show("set(a)", set(a))
    show("a.copy()", a.copy())
    show("frozenset(a)", frozenset(a))
    show("a | set()", a | set())
    show("set() | a", set() | a)
    b = set(range(0, 400, 13))
    for k in range(0, 400, 26):
        b.discard(k)
    show("b", b)
    show("b.copy()", b.copy())
    show("set(b)", set(b))
    c = {5, 3}
    c.update(b)
    show("c.update(b)", c)


def updates():
    a = {1, 2, 3}
    a |= set(range(0, 200, 9))
    show("a |= range set", a)
    b = {5, 100}
    b.update({x * 8 for x in range(20)})
    show("b.update", b)
    d = {}
    for k in (40, 8, 72, 3, 104, 136):
        d[k] = None
    e = {5}
    e.update(d)
    show("e.update(dict)", e)
    show("set(dict)", set(d))
    show("union", {1}.union({64, 128}, [256, 1], {32: 0}))
    f = {9, 17}
    f |= f
    show("f |= f", f)
    g = {1, 2, 3}
    g.__init__(g)
    show("g.__init__(g)", g)
    h = {1, 2}
    ks = [33, 1, 65]  # not a constant display: 3.11 compiles those to a frozenset constant
    h.__init__({ks[0], ks[1], ks[2]})
    show("h.__init__", h)


def algebra():
    a = set(range(0, 64, 8))
    b = set(range(0, 96, 12))
    show("a ^ b", a ^ b)
    show("b ^ a", b ^ a)
    show("a.symmetric_difference(list)", a.symmetric_difference([96, 8, 104, 96]))
    c = set(a)
    c ^= {8, 200, 72}
    show("c ^= ", c)
    show("a - b", a - b)
    show("a & b", a & b)
    show("a | b", a | b)


class Counted:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return self.v % 7

    def __eq__(self, other):
        return isinstance(other, Counted) and other.v == self.v

    def __repr__(self):
        return f"C{self.v}"


class SubSet(set):
    pass


def stored_hashes():
    items = [Counted(v) for v in (1, 8, 15, 3, 10)]
    s = set(items)
    before = Counted.hashes
    t = set(s)
    u = {Counted(2)}
    u.update(s)
    v = s | {Counted(3)}
    print("hash calls on merge", Counted.hashes - before, len(t), len(u), len(v))
    print(list(t), list(v))
    sub = SubSet([4, 12, 20])
    show("set(sub)", set(sub))
    w = {1}
    w.update(sub)
    show("w.update(sub)", w)

    class Backwards(set):
        def __iter__(self):
            return iter(sorted(set.__iter__(self), reverse=True))

    show("set(Backwards)", set(Backwards([3, 11, 19, 2])))


copies()
updates()
algebra()
stored_hashes()
