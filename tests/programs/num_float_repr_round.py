# Float repr shortest round-trip, rounding to N digits, banker's rounding, float properties.
import math
vals = [0.1, 0.2, 0.3, 1.1, 2.675, 1.005, 0.125, 0.375, 1e-10, 123456.789, 9.999999999999999, 1 / 7, 2 ** 0.5, 1e23, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), float(repr(v)) == v, round(v, 2), round(v, 5), f"{v:.17g}")
print([round(x + 0.5) for x in range(-4, 5)])
print([round(x / 2, 0) for x in range(-5, 6)])
print(round(1234.5678, -1), round(1234.5678, -2), round(-1234.5678, 1), round(0.5, 0), round(1.5), round(-0.5))
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3, 1 - 0.9, 100 * 1.1, 3 * 1.1)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, float(2 ** 53 + 1), 9007199254740993.0)
print(math.floor(-0.5), math.ceil(-0.5), -0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), repr(-0.0 + 0.0))
print(float("1e-320"), 1e-320 * 1e10, 1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308)
print(0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10), round((0.1 + 0.7) * 10))
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1.0) < 1e-15)
print(3.0.hex(), (-0.1).hex(), float.fromhex("0x1.999999999999ap-4"), (1.5).is_integer(), (1e300).is_integer())
print(7.0 / 2, 7 // 2.0, -7 // 2.0, 7 % -2.5, divmod(-7.5, 2), 2.0 ** -2, (-2.0) ** 2, (-8.0) ** 3)
print([f"{x:.1f}" for x in (0.05, 0.15, 0.25, 0.35, 0.45)], [f"{x:.0f}" for x in (0.5, 1.5, 2.5, 3.5)])
print(float.__name__, (1.0).__class__.__name__, float(10 ** 308), len(str(1.0 / 3)), str(1e-5), str(1e-4), str(123456789012345678.0))
