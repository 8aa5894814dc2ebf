class F(float):
    pass

f = F(1.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), type(f) is F)
f.tag = "x"
print(f.tag, f.__dict__)
print(f + 1, type(f + 1).__name__, 1 + f, f * 2, f / 2, f // 1, f % 1, f ** 2, -f, +f, abs(F(-2.0)))
print(type(-f).__name__, type(+f).__name__, type(abs(f)).__name__)
print(f == 1.5, f < 2, f > 1, hash(f) == hash(1.5), bool(F(0.0)), int(f), float(f), type(float(f)).__name__)
print(round(F(2.567), 2), f.is_integer(), F(2.0).is_integer(), f.as_integer_ratio(), f.hex())
print(format(f, '.3f'), f"{f:>8}", str(f), "%s %.2f" % (f, f))
print(F(), F("2.5"), F(3), f.real, f.imag, f.conjugate())
print(max(F(1.0), F(2.0)), sorted([F(3.0), 1, F(2.0)]), sum([F(1.0), F(2.0)]))

class G(float):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"G({float(self)!r}, {self.unit!r})"
    def __add__(self, other):
        return G(float(self) + float(other), self.unit)

g = G(2.0, "s")
print(g, repr(g), g.unit, g + 1, type(g + 1).__name__, 1 + g, type(1 + g).__name__)
print(str(g), [g], g * 3)

class H(float):
    def __eq__(self, other):
        return "eq!"
    __hash__ = float.__hash__
print(H(1.0) == 1.0, H(1.0) != 1.0, hash(H(1.0)))

import math
print(math.floor(F(2.5)), math.sqrt(F(4.0)), math.isnan(F('nan')), math.isinf(F('inf')))
print(F(1.0) in [1.0], 1.0 in [F(1.0)], {F(1.0): 'a'}[1.0], {1.0: 'b'}[F(1.0)])
print(float.__add__(f, 1), float.__repr__(f), F.__mro__)
print(divmod(F(7.0), 2), pow(F(2.0), 3))
try:
    F("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    F(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class C(complex):
    pass
c = C(1, 2)
print(c, repr(c), type(c).__name__, isinstance(c, complex), c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate(), abs(C(3, 4)))
c.x = 5
print(c.x, C('3+4j'), C(), c == 1+2j, hash(c) == hash(1+2j))
class D(complex):
    def __repr__(self):
        return "D!"
print(D(1), [D(2)], str(D(3)))
