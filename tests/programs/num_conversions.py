# Conversions between numeric types and strings, and numeric builtins.
for s in ["0", "-0", "+12", " 7 ", "1_2_3", "0x10", "010", "٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o777", 0), ("1010", 2), ("zz", 36), ("12", 3), ("9", 8)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, "ValueError", e)
for s in ["1.5", "-1e3", "inf", "-Infinity", "nan", "1e-400", "  2.5e+2  ", "0x1", "1.2.3", ""]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(str(12), str(-0.5), str(1e100), repr(1.0), str(True), repr(None))
print(bool(0), bool(0.0), bool(-0.0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(int(), float(), str(), bool())
print(ord("A"), ord("é"), ord("€"), chr(65), chr(233), chr(8364), chr(0x1F600) == "\U0001F600")
print(hex(ord("z")), int(hex(4096), 16), int(bin(99), 2), int(oct(64), 8))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(12345.6789, -2), round(5, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(7 // 2), type(7 / 7), type(2 ** -1), type(True + 1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2.0, 3), pow(9, 0.5))
print(abs(-3), abs(-3.5), abs(True), max([1, 5.5, 3]), min(2, 2.0), min(2.0, 2))
print(1 == 1.0 == True, 0 == False, hash(1) == hash(1.0) == hash(True))
print({1: "a", 1.0: "b", True: "c"})
print(sorted([3, 1.5, True, -2, 0.0]), sum([1, 2.5, True]))
print(int("  -0010  "), float("-0"), int(-0.9), int(0.9), int("0" * 10))
print(float(3), float(True), float("1" * 20), int(1e3), str(1e15), str(1e16))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
