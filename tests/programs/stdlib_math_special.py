# math special functions: erf, erfc, gamma, lgamma.
import math
for x in [0, 0.5, 1, 2, -1, 3.5]:
    print(x, round(math.erf(x), 12), round(math.erfc(x), 12))
for x in [1, 2, 5, 0.5, 10, -1.5, 171.5]:
    print(x, math.gamma(x) if x < 171 else "big", round(math.lgamma(x), 10))
for f, a in [(math.gamma, 0), (math.gamma, -2), (math.lgamma, 0), (math.gamma, 200)]:
    try:
        print(f(a))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.factorial(10) == round(math.gamma(11)), math.erf(10), math.erfc(-10))
