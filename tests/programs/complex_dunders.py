# complex dunder methods called explicitly, and a complex subclass using super()
z = 3 - 4j
print(z.__hash__(), hash(z), z.__repr__(), z.__str__(), z.__bool__(), (0j).__bool__(), z.__neg__(), z.__pos__(), z.__abs__())
print(z.__eq__(3 - 4j), z.__eq__(3), z.__ne__(1), z.__lt__(1j), z.__eq__('x'), (3 + 0j).__eq__(3.0), complex.__eq__(1j, 1j))
print(z.__add__(1), z.__radd__(1), z.__rsub__(1), z.__mul__(2.0), z.__truediv__(2), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__add__('x'))
class C(complex):
    def __add__(self, other):
        return C(super().__add__(other))
    def __repr__(self):
        return 'C' + super().__repr__()
    def __hash__(self):
        return super().__hash__() + 1
c = C(1, 1)
print(c + 1, repr(c + 1j), hash(c) - hash(1 + 1j), -c, abs(C(3, 4)), c == 1 + 1j, c != 1 + 1j, bool(C()))
for bad in ["z.__add__()", "z.__neg__(1)", "complex.__hash__(1)", "complex.__add__(1, 2)", "z.__pow__(2, 3)", "z.__lt__(2j)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
