# struct: round trips, sizes, alignment, strings, bools, floats
import struct
print(struct.calcsize('bi'), struct.calcsize('=bi'), struct.calcsize('ib'), struct.calcsize('bq'),
      struct.calcsize('bhbi'), struct.calcsize('@3s i'), struct.calcsize('?d'), struct.calcsize('xP'),
      struct.calcsize('ce'), struct.calcsize('0i'), struct.calcsize('b0i'), struct.calcsize('<qbh'),
      struct.calcsize('!2h3x'), struct.calcsize(''), struct.calcsize('10s'), struct.calcsize('5p2c'),
      struct.calcsize('nN'), struct.calcsize('lL'), struct.calcsize('<lL'), struct.calcsize(b'>f d'))
for fmt, vals in [('<hhl', (1, 2, 3)), ('>hhl', (1, 2, 3)), ('@bhiq', (-1, -2, -3, -4)), ('<BHIQ', (255, 65535, 2**32 - 1, 2**64 - 1)),
                  ('>q', (-2**63,)), ('<Q', (2**63,)), ('=i', (-123456,)), ('!I', (3000000000,)), ('<?', (True,)),
                  ('<3?', (0, 1, 2)), ('>f', (1.5,)), ('<d', (-0.1,)), ('<e', (0.5,)), ('>e', (-65504.0,)),
                  ('4s', (b'ab',)), ('2s', (b'abcd',)), ('5p', (b'ab',)), ('2p', (b'abcd',)), ('c', (b'z',)),
                  ('3c', (b'a', b'b', b'c')), ('<x2xh', (7,)), ('@P', (123,)), ('nN', (-5, 5)), ('0s', (b'zz',)),
                  ('<i5s?d', (1, b'hello', False, 2.25)), ('>10p', (b'x' * 20,))]:
    packed = struct.pack(fmt, *vals)
    print(fmt, vals, packed, struct.unpack(fmt, packed), len(packed) == struct.calcsize(fmt))
print(struct.pack('300p', b'a' * 300)[:3], struct.unpack('5p', b'\x09abcd'), struct.unpack('3s', b'abc'))
print(struct.pack('s', bytearray(b'q')), struct.pack('3s', bytearray(b'qrs')))
print(struct.unpack('>?', b'\x05'), struct.unpack('c', b'x'), struct.unpack('@P', b'\x01' * 8))
print(struct.unpack('<4B', bytearray(b'\x01\x02\x03\x04')), struct.unpack('>H', b'\xff\xfe'), struct.unpack('<h', b'\xff\xfe'))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 1e308)), struct.pack('<d', float('inf')))
print(struct.pack('<f', float('nan')), struct.unpack('<f', b'\x00\x00\xc0\x7f'), struct.pack('@f', 1e39), struct.pack('>f', float('-inf')))
for v in [True, False, 0, 1, 2, [], [0], 'x', '', None, 0.0, 1j]:
    print(repr(v), struct.pack('?', v), struct.pack('<?', v))
class I:
    def __index__(self):
        return 7
class Fl:
    def __float__(self):
        return 2.5
print(struct.pack('<i', I()), struct.pack('<f', I()), struct.pack('<d', Fl()), struct.pack('<d', 3), struct.pack('<e', True), struct.pack('<q', True))
print(struct.pack('<hi', -1, -1), struct.pack('@hi', -1, -1), struct.pack('@ih', -1, -1), struct.pack('@bq', 1, 2))
