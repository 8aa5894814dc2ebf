# Integer arithmetic: floor division and modulo signs, powers, bit ops, conversions.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (100, 7), (-100, 7), (1, 1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -a // b, a * b)
for e in range(0, 12):
    print("2**%d" % e, 2 ** e, (-3) ** e, 2 ** -e if e < 4 else "-")
print(pow(3, 4, 5), pow(2, 100, 97), pow(-2, 3, 7), pow(3, -1, 7), pow(5, 0, 3))
for x in [0, 1, 5, 255, 256, -1, -128, 2**31 - 1]:
    print(x, x & 0xF, x | 0x100, x ^ 0xFF, ~x, x << 3, x >> 2, x.bit_length())
print(int("42"), int(" -17 "), int("0x1f", 16), int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("1_000_000"), int("  +5\n"))
print(abs(-5), abs(5), abs(0), -(-5), +7)
print(round(15, -1), round(25, -1), round(-35, -1), round(1234, -2), round(7))
print(bin(10), oct(10), hex(255), bin(-10), hex(-255), oct(0))
print(max(3, 9, -2), min(3, 9, -2), sum(range(101)), sum([1, 2, 3], 10))
print(7 == 7.0, 7 < 7.5, 2 ** 0.5 > 1.41, 10 // 4 * 4 + 10 % 4)
print(True + True, True * 10, False - 1, -True)
acc = 1
for i in range(1, 21):
    acc *= i
    if i % 5 == 0:
        print("fact", i, acc)
print((1 << 64) - 1, (1 << 64) // 3, -(1 << 70) // 7, (1 << 70) % 1000007)
print(divmod(-(1 << 65), 12345), divmod(1 << 65, -12345))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((12).bit_count() if hasattr(int, "bit_count") else 2, (255).bit_count())
print((10).as_integer_ratio(), (7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
