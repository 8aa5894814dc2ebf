# Set membership, add, discard and remove on the native fast path and on the slow path for keys
# with a Python __eq__: iteration order after churn (dummies) and resizes, keys equal across
# types (1 == 1.0 == True), colliding hashes, __eq__ that mutates the set, missing keys.
# Only int-like keys are printed in set order (str hashes depend on PYTHONHASHSEED).


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


def churn():
    s = set()
    g = lcg(7)
    for step in range(3000):
        x = next(g) % 64 - 20
        if next(g) % 3:
            s.add(x)
        else:
            s.discard(x)
        if step % 500 == 499:
            print("churn", step, len(s), list(s))
    # Dummies reused by later adds: same keys removed and re-added in a new order.
    for x in list(s)[::2]:
        s.discard(x)
    for x in range(-30, 50, 3):
        s.add(x)
    print("reuse", len(s), list(s))


def collisions():
    s = {-1, -2}  # hash(-1) == hash(-2) == -2
    print("neg", list(s), -1 in s, -2 in s, -3 in s)
    s.discard(-2)
    print("neg after discard", list(s), -1 in s, -2 in s)
    s = set()
    for k in [8, 0, 16, 32, 24, 40, 48, 56, 64, 72, 80]:
        s.add(k)
    print("same slot", list(s))
    for k in [0, 32, 64]:
        s.discard(k)
    s.add(88)
    s.add(0)
    print("same slot churn", list(s), 32 in s, 88 in s)
    big = {2**61 - 1, 0, 2**61, 1, 2**64, 2**64 % (2**61 - 1)}
    print("modulus", sorted(big), len(big))


def resizing():
    s = set()
    for i in range(0, 5000, 7):
        s.add(i)
    for i in range(0, 5000, 14):
        s.discard(i)
    print("resized", len(s), list(s)[:12], sum(s))
    for i in range(1000, 3000):
        s.discard(i)
    s.add(-5)
    print("shrunk", len(s), list(s)[:12], list(s)[-5:])
    t = set(range(100))
    while len(t) > 3:
        t.pop()
    print("popped", list(t))


def mixed():
    print("first kept", list({True, 1, 1.0}), list({1.0, 1, True}), list({0, False, 0.0, -0.0}))
    s = {1, 2.0, "a", (1, 2), frozenset([3]), None, 2**70}
    print(1.0 in s, True in s, 2 in s, (1.0, 2.0) in s, (1, 2.5) in s, {3} in s)
    print(2.0**70 in s, "a" in s, "b" in s, None in s, b"a" in s)
    s.discard(True)
    s.discard(2)
    s.discard((1.0, 2))
    s.discard({3})
    s.discard(2.0**70)
    print(sorted(map(repr, s)))
    words = {"alpha", "beta", "gamma"}
    words.add("".join(["al", "pha"]))
    words.discard("".join(["be", "ta"]))
    print(sorted(words), "gam" + "ma" in words)
    nan = float("nan")
    n = {nan}
    print(nan in n, float("nan") in n, len(n | {nan}))


class Key:
    calls = 0

    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        o = other.v if isinstance(other, Key) else other
        return self.v == o

    def __repr__(self):
        return f"Key({self.v})"


def python_eq():
    s = {1, 2, 3}
    print(Key(2) in s, Key(9, 2) in s, Key(5) in s, Key.calls)
    s.add(Key(2))
    s.add(Key(4))
    print(len(s), sorted(map(repr, s)), Key.calls)
    s.discard(Key(3))
    s.discard(Key(7, 3))
    print(len(s), sorted(map(repr, s)), 4 in s, 3 in s, Key.calls)
    m = {Key(-1, -1), -2, -1}  # __hash__ of -1 means -2
    print(len(m), sorted(map(repr, m)), Key(-2, -1) in m)
    try:
        s.remove(Key(8))
    except KeyError as e:
        print("KeyError", e)


class Mutator:
    def __init__(self, target, v, action):
        self.target = target
        self.v = v
        self.action = action

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.action == "clear":
            self.target.clear()
        elif self.action == "grow":
            self.action = None
            for i in range(100, 140):
                self.target.add(i)
        elif self.action == "raise":
            raise ValueError("no compare")
        return isinstance(other, Mutator) and other.v == self.v

    def __repr__(self):
        return f"M({self.v})"


def mutating_eq():
    s = set()
    s.add(Mutator(s, 1, None))
    print(Mutator(s, 1, "clear") in s, len(s))
    s.add(Mutator(s, 1, None))
    s.add(Mutator(s, 2, "grow"))
    print(len(s), sorted(x for x in s if isinstance(x, int))[:3])
    print(Mutator(s, 1, None) in s, Mutator(s, 3, None) in s)
    s.discard(Mutator(s, 1, None))
    print(len(s), Mutator(s, 1, None) in s)
    try:
        Mutator(s, 2, "raise") in s
    except ValueError as e:
        print("ValueError", e, len(s))


def missing():
    s = {1, 2}
    s.discard(3)
    s.discard("x")
    s.discard(frozenset())
    s.discard({1})
    try:
        s.remove(3)
    except KeyError as e:
        print("KeyError", repr(e))
    try:
        s.remove((1, 2))
    except KeyError as e:
        print("KeyError", repr(e))
    for bad in ([1], {}, {1: 2}):
        try:
            s.discard(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            print(bad in s)
        except TypeError as e:
            print("TypeError", e)
    f = frozenset([1])
    s.add(f)
    print({1} in s, sorted(map(repr, s)))
    s.discard({1})
    print(list(s))
    s.remove(1)
    s.remove(2)
    print(s, len(s), 1 in s)


churn()
collisions()
resizing()
mixed()
python_eq()
mutating_eq()
missing()
