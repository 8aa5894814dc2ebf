# complex: literals, constructor, attributes, repr/str, hash, bool, equality
vals = [1j, 2.5J, 0j, -1j, 1+2j, 1-2j, -1.5-0.5j, 1e300j, 1e-300j, 3+0j, -0.0j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, bool(v), hash(v))
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(-0.0, -1), complex(0, -0.0))
print(complex(-0.0, 0), complex(float('nan'), float('inf')), complex(float('-inf'), float('nan')))
print(complex(True), complex(2**52), complex(1j), complex(1j, 1j), complex(1+2j, 3+4j))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(1, imag=5))
for s in ['1+2j', '  (1+2j)  ', '1_0j', 'inf-nanj', 'j', '-j', '+j', '1+j', '1-j', '3', '-2.5e3',
          '1e3j', '(3)', 'NaN', '-inf+infj', '.5j', '5.j', '1.5e-3-2.5E+2j']:
    print(repr(s), '->', complex(s))
for s in ['x', '1+', '(1+2j', '1+2j)', '1 + 2j', 'jj', '', '1__0j', '_1j', '1+2', '1j+2', '()']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print((1+2j).conjugate(), (3j).conjugate(), complex.conjugate(1-1j))
print(1j == 1j, 1j != 1j, 1+0j == 1, 1+0j == 1.0, 1+1j == 1, 2 == 2+0j, 2.0 != 2+0j)
print(1j == 'a', 1j != None, 1j in [1j], 2+0j in {2}, {1j: 'x'}[1j], {2: 'y'}[2+0j])
print(complex(2**53 + 1) == 2**53 + 1, complex(1.5) == 1.5, float('nan') + 0j == float('nan') + 0j)
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(complex(-1, 0)), hash(1+2j), hash(-3.5-2j))
print(type(1j).__name__, isinstance(1j, complex), complex.__name__, type(1j) is complex)
print(sorted([3, 1, 2], key=lambda x: abs(x * 1j)))
z = 3 + 4j
print(abs(z), abs(-3j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
print((1+2j).__getnewargs__(), (1j).__complex__(), complex.__complex__(2j))
print(str(1.0j), str(1e16j), repr(123456789012345678j), repr(complex(1e-5, 1e22)))
print([1j, 2+3j], (1j,), {'k': -1j})
t = 1j
t += 1
print(t)
t *= 2j
print(t)
t -= 3
print(t)
t /= 2
print(t)
t **= 2
print(t)
