# array.array: indexing, slicing, methods, errors, repr
from array import array
def t(f, *a):
    try:
        r = f(*a); print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = array('i', [1, 2, 3])
t(lambda: a[5]); t(lambda: a['x']); t(lambda: a[1.0]); t(a.__setitem__, 0, 'x'); t(a.__setitem__, 5, 1); t(a.__delitem__, 5); t(a.__setitem__, 'x', 1)
t(a.__setitem__, slice(0, 2), [1, 2]); t(a.__setitem__, slice(0, 2), array('b', [1])); t(a.__setitem__, slice(0, 3, 2), array('i', [1, 2, 3]))
t(a.pop, 5); t(array('i').pop); t(a.remove, 9); t(a.index, 9); t(a.insert, 'x', 1); t(a.extend, [1, 'x']); print(a)
t(a.extend, array('f', [1.0])); t(a.extend, 5); t(a.frombytes, b'\x01'); t(a.frombytes, 'abc'); t(a.fromlist, (1,)); t(a.fromlist, [7, 'x']); print(a)
t(a.tounicode); t(a.fromunicode, 'x'); t(array('u','ab').fromunicode, 5); t(lambda: a + [1]); t(lambda: a + array('f')); t(lambda: a * 'x'); t(lambda: 'x' * a)
def iadd():
    b = array('i'); b += array('b'); return b
t(iadd)
def iadd2():
    b = array('i'); b += [1]; return b
t(iadd2)
t(lambda: a < 1); t(hash, a); t(a.index, 1, 'x'); t(a.count); t(a.byteswap, 1); t(array('i', [1]).__contains__, 'x'); t(lambda: a == 1); t(lambda: a == [1,2,3])
t(lambda: array('i',[1]) == array('f',[1.0])); t(lambda: array('i',[1,2]) < array('i',[1,3])); t(lambda: array('u','ab') < array('u', 'b'))
t(a.insert, 1); t(a.append); t(a.append, 1, 2); t(a.pop, 1, 2); t(a.index); t(array, 'i', 1.5); t(a.tolist, 1)
t(a.__getitem__, slice(None, None, 0)); t(lambda: a[::-1]); t(lambda: a[1:100]); t(lambda: a[-2:]); t(lambda: a[::2])
b = array('d', [1.5, 2.5]); t(repr, b); t(str, b); t(repr, array('u', 'hi')); t(repr, array('u')); t(repr, array('b')); t(repr, array('f', [0.1]))
t(lambda: a.typecode); t(lambda: a.itemsize); t(type, a); t(lambda: type(a).__name__); t(lambda: type(a).__module__)
import array as am
t(lambda: am.typecodes); t(lambda: am.ArrayType is am.array); t(lambda: array('b', b'\x01\x02', ))
t(lambda: array('i', [1, 2]) * -1); t(lambda: 2 * array('i', [1, 2])); t(lambda: array('i', [1,2]) * 2**70)
c = array('i', [1, 2, 3, 4, 5, 6])
del c[::2]; print(c); del c[0:1]; print(c); c[1:1] = array('i', [9, 9]); print(c); c[::-1] = array('i', [1, 2, 3, 4]); print(c)
c[5:] = array('i', [7]); print(c); c[-100:1] = array('i'); print(c)
t(c.__delitem__, slice(None, None, 0)); t(c.__setitem__, slice(None, None, 0), array('i'))
c *= 2; print(c); c *= 0; print(c, len(c))
t(lambda: array('u', 'abc').tounicode()); t(lambda: array('u', 'abc').tolist()); t(lambda: array('u', 'abc')[1]); t(lambda: list(array('u', 'xy')))
t(lambda: array('b', [1, 2]).tobytes()); t(lambda: array('h', [1, 256]).byteswap()); d = array('h', [1, 256]); d.byteswap(); print(d)
t(lambda: array('B', b'abc')); t(lambda: array('u', b'a\x00\x00\x00')); t(lambda: array('f', array('i', [1,2]))); t(lambda: array('i', array('f', [1.5])))
t(lambda: array('u', array('i',[1]))); t(lambda: array('i', array('u', 'a'))); t(lambda: array('u', array('u', 'ab')))
t(lambda: array('i', bytearray(b'\x01\x00\x00\x00'))); t(lambda: array('i', (1, 2))); t(lambda: array('i', range(3))); t(lambda: array('i', 5))
t(lambda: array('i', b'\x01')); t(lambda: array('i', iter([1, 2])));  t(lambda: array('i', {1: 2}))
t(lambda: array('i', [1]).__copy__()); import copy; t(lambda: copy.copy(array('i', [4]))); t(lambda: copy.deepcopy(array('d', [4.0])))
e = array('i', [3, 1, 2, 3]); t(e.index, 3, 1); t(e.index, 3, 1, 3); t(e.index, 3, -1); t(e.count, 3); t(e.remove, 3); print(e); e.reverse(); print(e)
t(e.insert, 100, 5); t(e.insert, -100, 6); print(e); t(e.pop); t(e.pop, 0); t(e.pop, -1); print(e); t(e.pop, -5)
t(lambda: 3 in array('i', [1, 3])); t(lambda: 3.0 in array('i', [1, 3])); t(lambda: 'a' in array('u', 'abc'))
t(lambda: sorted(array('i', [3, 1, 2]))); t(lambda: sum(array('d', [0.5, 0.25]))); t(lambda: max(array('b', [-1, 5])))
t(lambda: len(array('q', [1]*10))); t(lambda: bool(array('i'))); t(lambda: bool(array('i', [0])))
