# struct: half floats ('e') and float packing edge cases
import struct
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.0, 65504.0, 65519.0, -65519.0, 6.1e-5, 6.0e-5, 5.960464477539063e-08,
        2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0001, 6e-8, 1e-8, 1e-30, 1/3, 3.14159, 1000.7,
        float('inf'), float('-inf'), 2049.0, 2051.0, 4097.0, 0.00006103515625]
for v in vals:
    for bo in '<>':
        p = struct.pack(bo + 'e', v)
        print(v, bo, p, struct.unpack(bo + 'e', p))
n = struct.unpack('<e', struct.pack('<e', float('nan')))[0]
print(n != n, struct.pack('<e', float('nan')), struct.pack('<e', -float('nan')))
for bits in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bff, 0x7c00, 0x7c01, 0x7e00, 0x8000, 0xfc00, 0xc000, 0x3555]:
    r = struct.unpack('<e', struct.pack('<H', bits))[0]
    print(hex(bits), r if r == r else 'nan')
for v in [70000.0, 65520.0, 1e300, -1e10, 65536, 2**200]:
    for fmt in ['<e', '>e', 'e']:
        try:
            print(fmt, v, struct.pack(fmt, v))
        except Exception as e:
            print(fmt, v, type(e).__name__, e)
for v in [1e39, -1e39, 3.4028234663852886e38, 3.4028235677973366e+38, 2**200, 2**1030, 1e-50]:
    for fmt in ['<f', '>f', 'f', 'd', '<d']:
        try:
            print(fmt, v, struct.pack(fmt, v))
        except Exception as e:
            print(fmt, v, type(e).__name__, e)
for x in ['x', None, [], 1j, b'1']:
    for fmt in 'efd':
        try:
            struct.pack(fmt, x)
        except Exception as e:
            print(fmt, repr(x), type(e).__name__, e)
