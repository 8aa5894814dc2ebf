# array.array: item conversion ranges and messages for every typecode
from array import array
for tc in 'bBhHiIlLqQ':
    out = []
    for v in [2**64, -2**64, 2**63, -2**63-1, -1, 2**31, -2**31-1, 2**32, 2**15, -2**15-1, 65536, 256, -129, 128, 1.5, 'x']:
        try:
            array(tc, [v]); out.append('ok')
        except Exception as e:
            out.append(type(e).__name__[:4] + ':' + str(e))
    print(tc, ' | '.join(out))
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    a = array(tc, [1, 2])
    t(a.append, -1); t(a.append, 300); t(a.insert, 0, 2**40); t(a.__setitem__, 0, 2**64); t(a.__setitem__, 1, -2**31 - 1)
    t(a.extend, [5, 2**70]); t(a.fromlist, [3, -200]); print(a)
for tc in 'fd':
    a = array(tc)
    for v in [1, 1.5, True, 'x', None, 2**2000, 1e300, -1e300, float('nan'), float('-inf'), 1j]:
        t(a.append, v)
    print(len(a), a.tolist()[:2], a[5:])
a = array('u')
for v in ['a', 'ab', '', 1, b'a', '\U0001F600', None]:
    t(a.append, v)
print(a, a.tounicode(), len(a), a.itemsize)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Flt:
    def __float__(self):
        return 0.25
t(array, 'i', [Idx(5), Idx(-5)]); t(array, 'B', [Idx(256)]); t(array, 'd', [Flt(), Idx(3)]); t(array, 'f', [Flt()])
t(array, 'Q', [Idx(-1)]); t(array, 'q', [Idx(2**63)])
print([(tc, array(tc).itemsize) for tc in 'bBuhHiIlLqQfd'])
