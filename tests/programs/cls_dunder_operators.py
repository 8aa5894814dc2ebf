# Arithmetic dunders, reflected and in-place operators, NotImplemented fallback.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self.__add__(o)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __rshift__(self, n): return V(self.x >> n, self.y >> n)
    def __rsub__(self, o): return "rsub %r" % (o,)
    def __rtruediv__(self, o): return "rtruediv"
    def __rpow__(self, o): return "rpow %r" % (o,)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a @ b)
print(a & b, a | b, a ^ b, a << 2, V(8, 16) >> 2, 10 - a, 1 / a, 2 ** a)
print(a + 1, 1 + a, 2.5 + a)
print(sum([a, b], V(0, 0)))
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
    def __imul__(self, k):
        self.items *= k
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
acc *= 2
print(acc.items, acc is ref, acc + 0)
v = V(1, 1)
v += V(1, 1)
v *= 3
v -= V(1, 0)
v //= 2
print(v)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.radd"
print(Left() + Right())
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n * 10
    def __float__(self): return self.n / 2
    def __bool__(self): return self.n != 0
print([1, 2, 3, 4][Num(2)], int(Num(3)), float(Num(3)), bool(Num(0)), hex(Num(255)), bin(Num(5)), "abc"[:Num(2)], range(Num(3)))
class Divm:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
print(divmod(Divm(), 3), divmod(3, Divm()), round(Divm()), round(Divm(), 2), math.trunc(Divm()), math.floor(Divm()), math.ceil(Divm()))
