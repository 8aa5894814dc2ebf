# struct: Struct objects, pack_into / unpack_from / iter_unpack, argument errors
import struct
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), type(s).__name__)
print(struct.Struct(b'>i').format, struct.Struct('=  2h ').size, struct.Struct(format='I').size)
print(list(struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')), list(s.iter_unpack(bytes(12))))
it = struct.iter_unpack('b', b'\x01\x02')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(iter(it) is it, list(struct.iter_unpack('<i', b'')))
print(struct.unpack_from('<h', b'\x00\x01\x02', offset=1), struct.unpack_from('<h', buffer=b'\x00\x01\x02'),
      struct.unpack_from('<h', b'\x00\x01\x02', 1), s.unpack_from(bytes(10), 4), s.unpack_from(bytes(8), offset=-6),
      struct.unpack_from('b', b'\x05\x06', -1))
ba = bytearray(8)
struct.pack_into('<ii', ba, 0, 1, -1)
print(ba)
struct.pack_into('<h', ba, -2, 7)
print(ba)
s.pack_into(ba, 1, 3, 4)
print(ba)
print(struct.error, struct.error.__mro__, struct.Struct, isinstance(struct.error('x'), Exception))
try:
    raise struct.error("custom")
except struct.error as e:
    print(type(e).__name__, e)
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(struct.pack, 'i', 1.5); t(struct.pack, 'i', 'x'); t(struct.pack, 'i', None); t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a')
t(struct.pack, 's', 'a'); t(struct.pack, 'p', 'x'); t(struct.pack, 'c', 1); t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2); t(struct.pack, '2x', 1); t(struct.pack, 's', b'a', b'b')
t(struct.pack, 'z', 1); t(struct.pack, '3', 1); t(struct.pack, '<P', 1); t(struct.pack, '=n', 1); t(struct.pack, '!N', 1)
t(struct.pack, 'i i', 1, 2); t(struct.pack, '3 i', 1, 2, 3); t(struct.calcsize, 'i\x00'); t(struct.calcsize, 'é')
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'ii', b'abcdefghijk'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, 'i', [1, 2, 3, 4])
t(struct.unpack_from, 'i', b'abc', 0); t(struct.unpack_from, 'i', b'abcdefgh', 6); t(struct.unpack_from, 'i', b'abcdefgh', -20)
t(struct.unpack_from, 'i', b'abcdefgh', -2); t(struct.unpack_from, 'i', b'abcdefgh', 'x'); t(struct.unpack_from, 'i', b'abcd', 2**70)
t(struct.iter_unpack, 'i', b'abc'); t(struct.iter_unpack, '', b'abc'); t(struct.iter_unpack, 'i', 'abcd')
t(struct.pack_into, 'i', bytearray(2), 0, 1); t(struct.pack_into, 'i', bytearray(8), 6, 1); t(struct.pack_into, 'i', bytearray(8), -10, 1)
t(struct.pack_into, 'i', bytearray(8), -2, 1); t(struct.pack_into, 'i', b'12345678', 0, 1); t(struct.pack_into, 'i', bytearray(8), 0)
t(struct.pack_into, 'i', bytearray(8), 0, 1, 2); t(struct.pack_into, 'i'); t(struct.pack_into, 'i', bytearray(4))
t(struct.pack, 5); t(struct.Struct, 5); t(struct.Struct); t(struct.calcsize, '999999999999999999999q'); t(struct.calcsize, '99999999999999999q')
t(struct.unpack, 'i'); t(struct.pack); t(struct.calcsize, '<n'); t(struct.Struct('i').pack, 1, 2); t(struct.Struct('i').unpack, b'1')
t(struct.unpack, 'i', b'1234', b'5'); t(struct.iter_unpack, 'i'); t(struct.calcsize)
t(struct.pack, 'q', 2**63); t(struct.pack, '<q', 2**63); t(struct.pack, '>Q', -1); t(struct.pack, 'P', -1); t(struct.pack, 'P', 2**64)
