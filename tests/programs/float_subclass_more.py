# float subclasses: __init__, deeper hierarchies, dunder overrides, containers, errors
class Money(float):
    def __new__(cls, value, currency="EUR"):
        return super().__new__(cls, value)
    def __init__(self, value, currency="EUR"):
        self.currency = currency
    def __str__(self):
        return f"{float(self):.2f} {self.currency}"

m = Money(3.5, "USD")
print(m, repr(m), m.currency, m + m, type(m + m).__name__, m * 2, str(m), f"{m}", format(m, '.1f'))

class Celsius(float):
    def __new__(cls, v=0.0):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
class Warm(Celsius):
    pass

c = Celsius(100)
print(c, c.to_f(), Warm(30).to_f(), isinstance(Warm(1), Celsius), isinstance(Warm(1), float), Warm.__mro__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)

class Neg(float):
    def __neg__(self):
        return "negated"
    def __lt__(self, other):
        return "lt"
    def __bool__(self):
        return True
    def __float__(self):
        return 99.0
print(-Neg(1.0), Neg(1.0) < 5, bool(Neg(0.0)), float(Neg(1.0)), Neg(2.0) + 1, abs(Neg(-1.0)))

class Rev(float):
    def __radd__(self, other):
        return ('radd', other)
    def __rsub__(self, other):
        return ('rsub', other)
print(1.0 + Rev(2.0), 5 - Rev(1.0), Rev(2.0) + 1.0, 1 * Rev(3.0))

class F(float):
    pass
xs = [F(3.0), F(1.5), 2, F(-1.0)]
print(sorted(xs), min(xs), max(xs), sum(xs), [type(x).__name__ for x in sorted(xs)])
print(F(1.0) == F(1.0), F(1.0) is F(1.0), F('nan') == F('nan'), F('inf') > 10**400, F(0.5) < 1)
s = {F(1.0), 1.0, 1, F(2.0)}
print(len(s), sorted(s))
print(F(2.5).__round__(), F(2.5).__trunc__(), F(7.0).__floor__(), F(7.2).__ceil__(), round(F(1.25), 1))
print(F.fromhex('0x1.8p1'), type(F.fromhex('0x1.8p1')).__name__, float.fromhex('0x1p-2'))
print(F(1.0).__class__.__name__, F(1) .__dict__, vars(F(2.0)))
f = F(4.0)
f.a = 1
f.b = [1, 2]
print(f.__dict__, f.a, f.b, hasattr(f, 'c'), getattr(f, 'c', 'dflt'))
try:
    f.c
except AttributeError as e:
    print(type(e).__name__, e)
for bad in ["F([])", "F('x1')", "F(1, 2)", "F(x=1)", "float.__new__(int, 1)", "float.__new__(5)", "F(1.0) + 'a'", "'a' * F(2.0)", "F(1.0) @ 1", "~F(1.0)", "F(1.0) & 1"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
import math
print(math.floor(F(-2.5)), math.ceil(F(2.1)), math.trunc(F(-2.9)), math.fabs(F(-3.0)), math.isfinite(F(1.0)))
print(int(F(7.9)), complex(F(2.0)), complex(F(1.0), F(2.0)), divmod(F(7.5), 2), F(7.5) // 2, F(7.5) % 2)
print("%.3f|%s|%r|%d|%e" % (F(1.5), F(1.5), F(1.5), F(9.9), F(12345.678)))
print(str(F(1e16)), repr(F(1e-7)), F(0.1) + F(0.2), F(1) / 3)
