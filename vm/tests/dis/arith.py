# Arithmetic, constant folding, literals.
x = 1
y = x + 2 * 3 - -4
z = (x ** 2) // y % 7
x += 1
w = ~x, +x, -x, not x
big = 123456789012345678901234567890 + 0x_ff_ff
f = 1.5e300 * 2.0, 0.1, 1e-7, 1e16, -0.0, float("nan")
s = "tab\t'quote'" "\u00e9\x00", b"\x00\xff'\"", ...
t = (1, (2.5, "a"), None, True, False)
print(x, y, z, w, big, f, s, t, x < y <= z != w, x is not None)
