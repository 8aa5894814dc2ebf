# bool as int, bit manipulation tricks, masks, popcount, two's complement views.
print(True + True, True * 3, True / 2, True // 2, -True, ~True, True << 3, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 1).__name__, isinstance(True, int), bool.__bases__)
print(sum([True, False, True]), [False] * 2, max(True, 0), str(True), repr(False), int(True), float(False))
print(f"{True:d} {False:>5} {True!r}", "%d %s" % (True, False), hash(True) == 1)
def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")
for n in [0, 1, 5, -1, -5, 127, -128, 255]:
    print(n, bits(n), bits(n, 16), n.bit_length(), bin(n).count("1"))
x = 0b10110110
print(x & -x, x & (x - 1), x | (x + 1), x ^ (x >> 1), (x >> 3) & 1, x.bit_count())
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ, flags ^ WRITE)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)], popcount(2 ** 100 - 1))
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(n) for n in (1, 2, 3, 0b10110000)])
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -1024 >> 3, -(1 << 70) >> 68, 5 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError", e)
print(0xFF & 0x0F, 0o17 | 0b1000, 0xdead_beef, 1_000_000 ^ 999_999, (2 ** 64 - 1) & 2 ** 63, ~(2 ** 64))
subsets = [[i for i in range(4) if mask >> i & 1] for mask in range(16)]
print(subsets)
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [bin(g) for g in gray])
