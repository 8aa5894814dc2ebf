# Specialized instructions must notice every change that invalidates what
# they cached: class attributes and methods (type versions, also through a
# base class), module globals and builtins (dict-keys versions), instance
# attributes shadowing class attributes, __class__ assignment, __slots__,
# properties, and operand types that change mid-loop.
import builtins
import math


class Base:
    scale = 1

    def value(self):
        return 1


class Child(Base):
    def __init__(self, x):
        self.x = x

    @property
    def doubled(self):
        return self.x * 2


class Other:
    scale = 3
    doubled = 40

    def __init__(self, x):
        self.x = x

    def value(self):
        return 100


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


G = 10
real_len = len


def run():
    total = []
    c = Child(3)
    for i in range(200):
        t = c.value() + c.scale + c.x + c.doubled + G + len("abc")
        if i == 50:
            Base.value = lambda self: 7          # method replaced on a base class
        if i == 70:
            Base.scale = 5                        # class attribute changed
        if i == 90:
            c.scale = 1000                        # instance attribute shadows it
        if i == 110:
            globals()["G"] = 20                   # module global rebound
        if i == 120:
            builtins.len = lambda s: -1           # builtin replaced
        if i == 130:
            c.__class__ = Other                   # the instance changes class
        if i == 150:
            Child.doubled = property(lambda self: -self.x)
        if i == 160:
            c.__class__ = Child
        if i == 170:
            builtins.len = real_len
        total.append(t)
    return total


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + o.v)

    def __mul__(self, k):
        return N(self.v * k)

    def __sub__(self, k):
        return N(self.v - k)

    def __lt__(self, k):
        return self.v < k

    def __eq__(self, o):
        return self.v == o.v

    def __repr__(self):
        return f"N({self.v})"


def arith(values):
    out = []
    for v in values:
        out.append(v + v)
        out.append(v * 2)
        out.append(v - 1)
        out.append(v < 3)
        out.append(v == v)
    return out


def subscripts(containers):
    out = []
    for c in containers:
        out.append(c[0])
    return out


def unpack(seqs):
    out = []
    for s in seqs:
        a, b = s
        out.append((a, b))
    return out


def calls(fs):
    return [getattr(f(2), "v", f(2)) for f in fs]


def attrs_of_modules():
    out = []
    for i in range(60):
        out.append(math.pi > 3)
        if i == 30:
            math.pi = 2
    return out


def slots():
    s = Slotted(1, 2)
    out = []
    for i in range(60):
        out.append(s.a + s.b)
        s.a = i
        if i == 40:
            del s.b
            try:
                s.b
            except AttributeError as e:
                out.append(str(e))
            s.b = 0
    return out


def attr_disappears():
    c = Child(1)
    out = []
    for i in range(60):
        if i == 30:
            del c.x
        try:
            out.append(c.x)
        except AttributeError as e:
            out.append(str(e))
    return out


class Acc:
    def __init__(self, v):
        self.v = v


def init_changes():
    out = []
    for i in range(60):
        out.append(Acc(i).v)
        if i == 30:
            Acc.__init__ = lambda self, v: setattr(self, "v", -v)
    return out


r = run()
print(r[:3], r[48:53], r[68:73], r[88:93], r[108:113], r[118:123])
print(r[128:133], r[148:153], r[158:163], r[168:173], r[-3:])
print(arith([1, 2, 1.5, 2.5, 2 ** 62, True, N(4), 2 ** 49 - 1, -2 ** 49] * 10)[-30:])
print(subscripts([[1, 2], (3, 4), "ab", {0: "z"}, [5], range(3)] * 12)[-8:])
print(unpack([(1, 2), [3, 4], "ab", (5, 6), {7: 0, 8: 0}] * 12)[-6:])
print(calls([abs, str, lambda x: x * 10, float, Acc, hex] * 10)[-7:-1])
print(attrs_of_modules()[25:35])
print(slots()[35:50])
print(attr_disappears()[25:35])
print(init_changes()[25:40])
