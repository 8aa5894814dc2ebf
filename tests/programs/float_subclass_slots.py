# float/complex subclasses: __slots__, copies, constructors via float.__new__
import copy
class F(float):
    __slots__ = ()
f = F(2.5)
print(f, type(f).__name__, hasattr(f, '__dict__'))
try:
    f.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class G(float):
    pass
g = G(1.25)
g.a = 3
print(float.__new__(G, '3').__class__.__name__, G.__new__(G, 4), copy.copy(g), type(copy.copy(g)).__name__)
print(copy.deepcopy([g])[0], isinstance(g, (int, float)), issubclass(G, float), G.__bases__, G(1) == G(1.0))
class C(complex):
    __slots__ = ('tag',)
c = C(1, 2)
c.tag = 't'
print(c, c.tag, C.__mro__)
print(isinstance(True, complex), isinstance(1j, (int, float)), type(1j) == complex, complex.__mro__)
class P(float):
    __slots__ = ('unit', 'note')
p = P(3.0)
try:
    p.unit
except AttributeError as e:
    print(type(e).__name__, e)
p.unit = 'm'
p.note = ['kept', 'alive']
junk = [[i] for i in range(20000)]
del junk
print(p, p.unit, p.note, p * 2)
del p.unit
try:
    del p.unit
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    __slots__ = ('extra',)
q = Q(1.5)
q.unit, q.extra = 's', {'k': 1}
print(q, q.unit, q.extra, isinstance(q, P), Q.__mro__)
class D(C):
    pass
d = D(3, 4)
d.tag = 'dt'
d.other = 1
print(d, d.tag, d.other, abs(d), d.__dict__)
