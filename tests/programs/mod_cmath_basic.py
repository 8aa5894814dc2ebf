# cmath basics: sqrt, exp, log, phase, polar, rect, isclose and errors
import cmath, math
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan)
for z in [4, -4, 2j, -2j, 1+1j, -1-1j, 3-4j, 0j, -0.0, complex(-0.0, -0.0), 1e-320, complex(1e-320, 1e-320), 1e300+1e300j, 0.5, 2.0, 1.5+0.25j, -7.25+3j]:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z) < 100 else '-', cmath.phase(z), cmath.polar(z))
    if z != 0:
        print(' log', cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 1j))
print(cmath.rect(1, 0), cmath.rect(2, math.pi / 2), cmath.rect(1.5, -1), cmath.rect(0, 1))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1, 1.0), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0, 1e-12j, abs_tol=1e-9))
print(cmath.isfinite(1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isnan(1))
t(cmath.log, 0); t(cmath.log, 0j); t(cmath.sqrt, 'x'); t(cmath.exp, 1000); t(cmath.isclose, 1, 2, rel_tol=-1); t(cmath.sqrt); t(cmath.log, 1, 1)
t(cmath.phase, 'a'); t(cmath.polar, complex(1e308, 1e308)); t(cmath.rect, 1j, 1)
class C:
    def __complex__(self):
        return 3+4j
print(cmath.sqrt(C()), cmath.polar(C()), cmath.exp(1j * cmath.pi))
