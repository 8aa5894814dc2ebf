# f-strings: expressions, conversions, nested specs, self-documenting expressions.
name, n, pi = "weft", 42, 3.14159
items = [1, 2, 3]
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5} {n:<5}| {n:^5}| {n:>05}")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi:%}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'^'}{width}}]")
print(f"{n=} {pi=:.1f} {name = } {items[1]=}")
print(f"{items} {items[0]} {len(items)} {sum(items) * 2}")
print(f"{'nested ' + name.upper()} {name[::-1]} {n if n > 10 else -n}")
d = {"k": "v", "n": 5}
print(f"{d['k']} {d['n'] + 1} {d}")
print(f"{{literal}} {{{n}}} {'{'}")
print(f"{(lambda x: x * 2)(21)} {[i * i for i in range(5)]}")
print(f"{n:#x} {n:#o} {n:#b} {n:,} {12345678:_}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p!r} {p!s} {p:xyz} {p:{width}}")
print(f"{'abc':*^9} {'abc':.2} {'abc':>6.1}")
multi = f"""line1 {n}
line2 {name}"""
print(multi)
print(f"{n}" f"{name}" "plain" f"{pi:.0f}")
print(f"{'a' 'b'} {(1, 2)} {n:{'+'}}")
x = 10
print(f"{x:{'0'}{5}d} {x!r:>6} {str(x):<4}|")
print(f"{3.0:g} {1e20:g} {1e-20:.3} {0.1 + 0.2!r}")
print(f"{-0.0} {float('inf'):>6} {True} {None} {b'bytes'}")
