# fractions.Fraction: construction, arithmetic, comparisons, conversion, exact matrix inverse.
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 6), Fraction(5, 10), Fraction("0.125"), Fraction("-3/9"), Fraction(1.5), Fraction(7))
print(Fraction(1, 3) * 3 == 1, float(Fraction(22, 7)), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(Fraction(7, 3).limit_denominator(2), Fraction(-7, 2) // 1, Fraction(-7, 2) % 1, Fraction(1, 3) < Fraction(1, 2), repr(Fraction(2, 4)), str(Fraction(-6, 4)))
print(Fraction(2, 3) ** 2, Fraction(4, 9) ** -1, Fraction(1, 2) + 1, 1 - Fraction(1, 4), Fraction(1, 2) * 0.5, Fraction(3, 4).numerator, Fraction(3, 4).denominator)
print(Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(3, 1) == 3, sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1]), sum(Fraction(1, n) for n in range(1, 7)))
print(Fraction(3.14159).limit_denominator(1000), Fraction(0.1).limit_denominator(), abs(Fraction(-2, 3)), -Fraction(2, 3), Fraction(2, 3).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction("abc")
except ValueError as e:
    print("ValueError", e)
def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next(r for r in range(c, n) if a[r][c] != 0)
        a[c], a[p] = a[p], a[c]
        pv = a[c][c]
        a[c] = [x / pv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c] != 0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print([[str(x) for x in row] for row in inverse(M)])
h = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print([[str(x) for x in row] for row in inverse(h)])
print(f"{str(Fraction(1, 3)):>8}", "%s" % Fraction(5, 3), format(float(Fraction(1, 3)), ".4f"))
