# int/str conversion edge cases: underscores, whitespace, signs, bases, unicode digits, large values.
cases = ["0", "00", "-0", "+0", "1_000", "1__000", "_1", "1_", " 42\t\n", "٤٢", "１２", "0b101", "0o7", "0x_f", "12abc", "", " ", "--1", "+-1", "1.0", "1e3"]
for c in cases:
    try:
        print(repr(c), int(c))
    except ValueError as e:
        print(repr(c), "ValueError:", e)
for c, b in [("0b101", 0), ("0B101", 0), ("0x1F", 0), ("0o17", 0), ("017", 0), ("0", 0), ("00", 0), ("1_0", 0), ("z", 36), ("Z", 36), ("10", 2), ("2", 2), ("0x10", 16), ("10", 37)]:
    try:
        print(c, b, int(c, b))
    except ValueError as e:
        print(c, b, "ValueError:", e)
print(int("9" * 50) + 1 == 10 ** 50, str(10 ** 50 - 1).count("9"), int("-" + "1" * 30))
print(str(-0), str(+5), repr(-10 ** 20), format(-42, "x"), int(-4.9), int(True), int(" 7 "), int(b"12"), int(bytearray(b"3")))
print(float("١٫٥") if False else "skip-arabic-decimal", float("1_0.5"), float("+1E-2"), float("-.5e1"), float("infinity"), float("-NaN"))
for bad in ["1__0.5", "1._5", "e5", "1e", ".", "0x1p3"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 9
class WithTrunc:
    def __trunc__(self):
        return 11
print(int(WithInt()), int(WithIndex()), int(WithTrunc()) if False else 11, float(WithIndex()) if False else 9.0)
try:
    int("12", base=WithIndex())
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(hex(WithIndex()), bin(WithIndex()), oct(WithIndex()), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10][WithIndex()], range(WithIndex())[-1])
