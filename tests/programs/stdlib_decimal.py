# decimal: exact decimal arithmetic, quantize with rounding, context precision.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("10") / 4)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), Decimal("-1.999").quantize(Decimal("1"), rounding=ROUND_DOWN))
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal(2).sqrt(), Decimal("123.456789") + 0)
print(Decimal("1e3"), Decimal("1.500").normalize(), Decimal(0.5), Decimal("NaN"), Decimal("-Infinity"), repr(Decimal("3.14")))
print(Decimal("3.14") > 3, sum([Decimal("0.01")] * 100), int(Decimal("7.9")), float(Decimal("0.25")), f"{Decimal('1234.5'):,.2f}")
