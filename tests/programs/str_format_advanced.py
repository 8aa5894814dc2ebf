# Advanced formatting: nested replacement fields, alignment tables, thousands separators, custom __format__, datetime-free.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 999.999), ("X", 1000, 0.01)]
w = max(len(r[0]) for r in rows)
header = f"{'Item':<{w}} | {'Qty':>5} | {'Price':>9} | {'Total':>10}"
print(header)
print("-" * len(header))
for name, q, p in rows:
    print(f"{name:<{w}} | {q:>5,} | {p:>9.2f} | {q * p:>10,.2f}")
print(f"{'':-^{len(header)}}")
print(f"{sum(q * p for _, q, p in rows):>{len(header)},.3f}")
for v in [0, 1, -1, 123.456, -0.001, 1e6, 12345678.9]:
    print(f"|{v:+12.3f}|{v:<12g}|{v:^12.1e}|{v:=+12,.1f}|")
for n in [0, 7, 255, 4096, 65535]:
    print(f"{n:>6d} {n:#08x} {n:#010b} {n:o} {n:_x} {n:,}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':*^10}|{'trunc':.3}|")
print("{:>{w}}|{:<{w}}|".format("a", "b", w=4), "{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
print("%-8s|%8s|%08.3f|%+d|%x" % ("ab", "cd", 3.14159, 5, 255))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num = spec[:-1] if spec and spec[-1] in "CFK" else spec
        val = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(val, num or ".1f") + unit
t = Temp(21.5)
print(f"{t} {t:F} {t:.3K} {t:>8.0C}", "{:F}".format(t), format(t, "K"))
print(f"{3.14159:{'.'}{2}f}", f"{'nest':{'>'}{10}}", f"{12:{'0'}{4}}")
print(f"{1234567.891:_.2f}", f"{0.000123:.2e}", f"{1/3:.10%}", f"{-5:05}", f"{5:<05}", f"{True:>5}", f"{None!s:>6}")
print(format(1e-7, ".3g"), format(123456789.0, ".3g"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"))
print(repr(f"{'quotes'!r}"), f"{'tab':>5}".replace(" ", "."), f"{[1, 'a']!s:>12}", f"{'é':^5}|")
