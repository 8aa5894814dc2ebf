# Floats: arithmetic, repr, special values, rounding, conversions.
import math
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123, 1.5e300, 5e-324, -0.0, 100.0]
for v in vals:
    print(repr(v), str(v), v * 3, v / 7)
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs(-2.5))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308)
print(float("1e500"), float("-inf"), float("  3.25 "), float("1_000.5"), float(".5"), float("5."))
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
for x in [2.5, 3.5, -2.5, 0.5, 1.5, 2.675, 1.005, -0.5]:
    print(x, round(x), round(x, 1), round(x, 2), math.floor(x), math.ceil(x), math.trunc(x), int(x))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** -1, 10 ** -2, (-8) ** (1 / 3) if False else "skip", 4 ** 0.5, 0.0 ** 0)
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((255.0).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
print(float(10 ** 20), float(2 ** 53 + 1), int(1e20), int(-1.5e10))
print(1e22, 1e21, 1e16, 1e15, 123e-20, 1.0e-5, 0.0001)
print(3.0 == 3, 3.1 > 3, hash(3.0) == hash(3), hash(0.5) == hash(0.5), float("nan") in [nan])
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1.5, 2), min(-0.0, 0.0))
print(math.sqrt(2), math.pi, math.e, math.tau, math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
