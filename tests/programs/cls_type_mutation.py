# Mutating a class (or any of its bases) must be seen by every subclass and
# instance at once: attribute lookups, operator dunders, descriptors.
import gc


class A:
    x = 1

    def __add__(self, o):
        return "A.add"

    def who(self):
        return "A"


class B(A):
    pass


class C(B):
    pass


class D(A):
    def who(self):
        return "D"


class E(C, D):
    pass


objs = [A(), B(), C(), D(), E()]
print([o.x for o in objs], [o + 1 for o in objs], [o.who() for o in objs])
for _ in range(3):
    A.x += 1
print([o.x for o in objs])
A.__add__ = lambda s, o: "A.add2"
print([o + 1 for o in objs])
D.__add__ = lambda s, o: "D.add"
print([o + 1 for o in objs])
del D.__add__
print([o + 1 for o in objs])
B.who = lambda self: "B"
print([o.who() for o in objs])
del B.who
print([o.who() for o in objs])
A.p = property(lambda self: type(self).__name__ + "!")
print([o.p for o in objs])
gc.collect()
del A.x
for o in objs:
    try:
        print(o.x)
    except AttributeError as e:
        print("AttributeError", e)
C.x = "cx"
print([getattr(o, "x", None) for o in objs])
A.__len__ = lambda self: 7
print([len(o) for o in objs])
A.__eq__ = lambda self, o: True
A.__hash__ = lambda self: 1
print(objs[0] == 5, objs[4] == 5, hash(objs[2]))

# Many short-lived subclasses: versions stay unique and lookups correct.
total = 0
for i in range(3000):
    class T(C):
        pass

    T.y = i
    if i % 500 == 0:
        gc.collect()
        C.x = i
    total += T.y + (T().x if isinstance(T().x, int) else 0)
print(total, T.x, E().x)


# Class attributes used as counters across instances.
class Counter:
    n = 0

    def __init__(self):
        Counter.n += 1
        type(self).last = self.n


class Sub(Counter):
    pass


for _ in range(5):
    Sub()
    Counter()
print(Counter.n, Sub.n, Sub.last, Counter.last)
