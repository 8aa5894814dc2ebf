# __slots__: restricted attributes, inheritance, defaults, weakref/dict slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
p.x = 10
print(p.x)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class R(P):
    pass
r = R(1, 2)
r.anything = "ok"
print(r.anything, r.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError", e)
class S:
    __slots__ = "single"
s = S()
s.single = "one"
print(s.single, S.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError", e)
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [Pt(i, i * i) for i in range(4)]
print(pts, Pt(1, 1) in pts, len({Pt(1, 2), Pt(1, 2)}))
try:
    Pt().y2 = 5
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Pt(), "x"), [getattr(Pt(3, 4), n) for n in Pt.__slots__])
