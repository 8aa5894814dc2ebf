# Inheritance, MRO (C3), super() in diamonds, isinstance/issubclass.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D().who(), D().chain(), B().chain(), C().who())
print(isinstance(D(), A), issubclass(D, C), issubclass(C, B), issubclass(D, (int, B)), isinstance(1, (str, int)))
print(D.__bases__ == (B, C), A.__bases__ == (object,), object.__bases__, D.__base__.__name__)
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError", e)
class O1: pass
class O2: pass
class O3: pass
class K1(O1, O2): pass
class K2(O2, O3): pass
class K3(K1, K2): pass
print([c.__name__ for c in K3.__mro__])
class Base:
    def __init__(self, x):
        self.x = x
        self.log = ["Base"]
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
        self.log.append("Leaf")
l = Leaf()
print(l.x, l.y, l.log, vars(l) == {"x": 1, "y": 2, "log": ["Base", "Mid", "Leaf"]})
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"
    def area(self):
        raise NotImplementedError
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Square(3), Tri(4, 5)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
class Sub(Counter):
    pass
a, b, c = Counter(), Sub(), Sub()
print(Counter.count, Sub.count, c.id, "count" in Sub.__dict__)
Sub.count = 100
print(Counter.count, Sub.count, Sub().id, Counter.count)
print(super(D, D()).who(), super(B, D()).chain())
