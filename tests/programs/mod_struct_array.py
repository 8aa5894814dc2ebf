# struct over array.array buffers: unpack, unpack_from, iter_unpack, pack_into
import struct
from array import array
a = array('h', [1, -2, 3, -4])
print(struct.unpack('<4h', a), struct.unpack_from('<h', a, 2), list(struct.iter_unpack('<hh', a)))
b = array('B', bytes(8))
struct.pack_into('<i', b, 0, -1)
struct.pack_into('>H', b, 6, 0x1234)
print(b, b.tobytes())
struct.Struct('<h').pack_into(b, -4, 7)
print(b)
try:
    struct.pack_into('<q', b, 4, 1)
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.pack_into('<q', (1, 2), 0, 1)
except TypeError as e:
    print(type(e).__name__, e)
d = array('d', [0.0, 0.0])
struct.pack_into('<d', d, 8, 2.5)
print(d, struct.unpack('<2d', d))
print(struct.unpack('<I', array('u', 'A')), struct.calcsize('<' + 'h' * len(a)) == len(a.tobytes()))
