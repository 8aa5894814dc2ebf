# array.array: concatenation, repetition, comparisons, iteration, bytes, copies, struct interop
from array import array
import struct
a = array('i', [1, 2, 3])
b = array('i', [4, 5])
print(a + b, b + a, a * 2, 2 * a, a * 0, a * -3, (a + b)[1:4], len(a + b))
c = array('i', a)
c += b
print(c, a)
c *= 2
print(c)
print(a == array('i', [1, 2, 3]), a != b, a < b, b > a, a <= a, a >= b, a == array('d', [1.0, 2.0, 3.0]))
print(array('u', 'abc') < array('u', 'abd'), array('b', [1, 2]) < array('b', [1, 2, 0]), array('i') == array('i'))
print(a == [1, 2, 3], a != (1, 2, 3), array('f', [float('nan')]) == array('f', [float('nan')]))
for x in array('d', [0.5, 1.5]):
    print(x, end=' ')
print()
it = iter(array('b', [7, 8]))
print(type(it).__name__, next(it), next(it), list(it), list(it))
print(list(reversed(array('i', [1, 2, 3]))), sorted(array('h', [3, -1, 2])), sum(array('Q', [2**63, 1])), min(array('f', [2.5, -1.25])))
print(list(enumerate(array('u', 'xy'))), dict(zip(array('b', [1, 2]), 'ab')), [v * 2 for v in array('I', [10, 20])])
data = array('h', [1, -2, 300]).tobytes()
print(data, array('h', data), struct.unpack('<3h', array('h', [1, -2, 300])), struct.unpack('<2d', array('d', [0.5, 2.0])))
f = array('d')
f.frombytes(struct.pack('<3d', 1.0, 2.5, -3.0))
print(f, f.tolist(), f.buffer_info()[1], f.itemsize * len(f) == len(f.tobytes()))
g = array('b', bytearray(b'\x01\xff'))
print(g, array('B', g.tobytes()), array('i', b''))
s = array('I', [1, 2, 3, 4])
s.byteswap()
print(s, s.tobytes()[:4])
s.byteswap()
print(s)
import copy
h = array('q', [1, 2])
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
h2.append(3)
print(h, h2, h3, h is not h2, type(h2).__name__)
u = array('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[1], u[-1], u[::2], u.count('l'), u.index('o'), 'w' in u)
u.reverse()
print(u.tounicode(), repr(array('u', "it's \"q\"\n")))
big = array('d', range(1000))
print(len(big), big[999], sum(big), big[::250], big.count(5.0), big.index(500))
del big[100:]
print(len(big), big[-1])
big[10:20] = array('d')
print(len(big), big[10])
n = array('i', [5, 6, 7])
n[1] = 60
n[-1] = 70
print(n, n.pop(), n, n.pop(0), n)
m = array('b')
for i in range(5):
    m.insert(0, i)
print(m, m.index(2), m.count(9))
m.remove(2)
print(m)
print(array('i', [1, 2]) * True, bool(array('i')), bool(array('i', [0])))
class Sub:
    def __eq__(self, other):
        return True
print(Sub() in array('i', [1]), array('i', [1]).count(Sub()), array('i', [9, 8]).index(Sub()))
