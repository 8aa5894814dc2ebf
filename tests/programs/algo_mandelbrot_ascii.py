# ASCII Mandelbrot and Julia sets with float arithmetic (deterministic iteration counts).
def mandel(cx, cy, limit=30):
    x = y = 0.0
    for i in range(limit):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return limit
chars = " .:-=+*#%@"
for row in range(12):
    cy = -1.2 + row * 0.2
    line = ""
    for col in range(40):
        cx = -2.1 + col * 0.07
        n = mandel(cx, cy)
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    print(line.rstrip())
def julia(zx, zy, cx=-0.8, cy=0.156, limit=25):
    for i in range(limit):
        zx, zy = zx * zx - zy * zy + cx, 2 * zx * zy + cy
        if zx * zx + zy * zy > 4:
            return i
    return limit
counts = {}
for r in range(10):
    for c in range(30):
        n = julia(-1.5 + c * 0.1, -1.0 + r * 0.2)
        counts[n] = counts.get(n, 0) + 1
print(sorted(counts.items()))
print([mandel(x / 4, 0) for x in range(-8, 3)], mandel(0.25, 0.5), mandel(-0.75, 0.1))
