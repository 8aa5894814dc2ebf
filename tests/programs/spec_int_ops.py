# Small-int and float operators as the specializer computes them (floor division and
# modulo signs, shifts, powers, true division, mixed int/float), against CPython.
vals = [0, 1, -1, 7, -7, 3, -3, 2**40, -(2**40), 2**48, 63, 64, 100]
out = []
for a in vals:
    for b in vals:
        for f in (lambda a, b: a % b, lambda a, b: a // b, lambda a, b: a / b, lambda a, b: a >> b, lambda a, b: a << b, lambda a, b: a ** b if abs(b) < 70 else 0, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a * 1.5 + b / 2.0, lambda a, b: float(a) / b):
            try:
                r = f(a, b)
            except Exception as e:
                r = type(e).__name__
            out.append(r)
text = repr(out)
h = 0
for ch in text:
    h = (h * 131 + ord(ch)) % 2305843009213693951
print(len(out), len(text), h)
print(out[:60])
s = 0
for i in range(2000):
    s += (i * 7) % 13 + (i // 3) + (i >> 2) + (i << 3) + (i & 5) + (i | 3) + (i ^ 9) + (-i) % 7 + (-i) // 4
print(s)
