# math module: integer functions, float functions, special values, errors.
import math
print(math.factorial(0), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(50, 25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 20 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.pow(2, 0.5), math.exp(0), math.log(math.e), math.log(8, 2), math.log1p(0), math.expm1(0), math.log2(8), math.log10(1000))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(1))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(1), 12), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.copysign(1, -0.0), math.fabs(-3))
print(math.fmod(10, 3), math.fmod(-10, 3), math.remainder(10, 3), math.modf(-3.5), math.frexp(0.75), math.ldexp(3, 2))
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.pi, math.e, math.tau)
print(math.degrees(math.pi / 2), math.radians(90), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.acos, (2,)), (math.exp, (1000,)), (math.comb, (3, -1)), (math.isqrt, (-4,))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print([math.floor(x) for x in (1.5, -1.5, 0.0)], [math.ceil(x) for x in (1.5, -1.5, 0.0)], math.floor(10 ** 20 + 0.5))
print(sum(1 / math.factorial(k) for k in range(20)), math.e)
