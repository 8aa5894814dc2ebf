# int()/float() of text: ASCII fast paths, underscores, signs, bases,
# whitespace, Unicode digits and spaces, limits and error messages.
import sys

cases = ["0", "7", "-7", "+42", "  12  ", "\t-3\n", "1_000", "0_0", "00", "000123",
         "18446744073709551615", "18446744073709551616", "-9223372036854775808",
         "99999999999999999999999999", "1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9",
         "\u0661\u0662\u0663", "\u00a012\u3000", "\uff11\uff12", "12\u00e9",
         "", " ", "1__0", "_1", "1_", "+", "-", "1 2", "0x10", "１０"]
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36),
                ("ZZZZZZZZZZZZZZZ", 36), ("1" * 70, 2), ("10", 0), ("010", 0), ("0_7", 0),
                ("0x_f", 0), ("7", 7), ("-0b1_1", 0), ("ffffffffffffffffff", 16)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError", e)
for s in ["1.5", " -2.25 ", "1_0.5", "1e3", "inf", "-nan", "\u0661.\u0665", "1..2", "", "0x1"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int(b"42"), int(bytearray(b" -5 ")), int("5" * 4300) % 1000)
try:
    int("5" * 4301)
except ValueError as e:
    print("ValueError", str(e)[:60])
sys.set_int_max_str_digits(5000)
print(int("7" * 4500) % 97)
print([int(t) for t in "3 -14 159 2653 -58979".split()], sum(int(str(i)) for i in range(-500, 500)))
