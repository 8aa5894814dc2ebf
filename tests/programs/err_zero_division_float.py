# ZeroDivisionError messages for float division and modulo inside a comprehension.
vals = [4.0, 2.0, 0.0, 1.0]
print([10 / v for v in vals[:2]])
print([10 % v for v in vals])
