# format() / f-strings / str.format / % with complex
vals = [1+2j, 1j, -1j, 0j, complex(-0.0, 0), 1.5-2.25j, 1e20+1e-20j, complex(float('nan'), float('inf')),
        123456.789+987654.321j, -0.0-0.0j]
specs = ['', '.2f', '.3e', 'g', '.3g', '>30', '<30', '^30', '*^30', '+', '-', ' ', '+.1f', ',.2f', '_.1f',
         '#g', 'E', 'G', 'F', 'n', '20.3f', '.0f', '.10g', 'z.1f', '#.0f']
for v in vals:
    for s in specs:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except ValueError as e:
            print(repr(v), repr(s), type(e).__name__, e)
for s in ['010', '=10', '%', 'd', 'x', 's', 'c', 'b']:
    try:
        print(format(1+2j, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
z = 3.25 - 1j
print(f"{z}", f"{z!r}", f"{z:.1f}", f"{z:>12}", "{:.2e}".format(z), "{0.real} {0.imag}".format(z))
print("%s %r" % (z, z), str(z), repr(z))
print((1j).__format__(''), (1j).__format__('.1f'))
try:
    (1j).__format__(1)
except TypeError as e:
    print(type(e).__name__, e)
