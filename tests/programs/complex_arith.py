# complex arithmetic and mixing with int/float, reflected ops, errors
a, b = 1 + 2j, 3 - 4j
for x, y in [(a, b), (a, 2), (2, a), (a, 1.5), (1.5, a), (True, a), (a, -0.5j), (0j, a), (2**60, 1j)]:
    print(x + y, x - y, x * y, x / y)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, (1 + 1j) ** -2, 2 ** 1j, 1j ** 0.5, 1j ** 1j, 0j ** 0j, 0j ** 2)
print((1 + 2j) ** 101, (2 + 0j) ** 10, (1 + 1j) ** 0, (1.5 + 2.5j) ** 3.5, pow(2j, 3), pow(2, 1j))
print((-8) ** 0.5, (-2.0) ** 1.5, (-1) ** (1/3), 4 ** 0.5, (-4) ** 2.0)
print(5 / (1 + 2j), 1 / 1j, -1j / 2, (1e300 + 1e300j) / (1e300 + 1e300j))
print(-(1 + 2j), +(1 + 2j), -0j, -(0j), -complex(0, 0))
def check(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["1j // 2", "1j % 2", "divmod(1j, 2)", "2 // 1j", "1j < 2j", "1j <= 2", "3 > 1j", "1j >= 1.0",
             "int(1j)", "float(1j)", "1j / 0", "1j / 0.0", "1j / 0j", "5 / 0j", "0j ** -1", "0j ** 1j",
             "0j ** (-1+0j)", "(1e300+1e300j) ** 2", "(1e200j) ** 2", "1j ** (1,)", "pow(1j, 2, 3)",
             "pow(2, 1j, 3)", "1j & 1", "1j | 1", "1j ^ 1", "1j << 1", "~1j", "round(1j)", "1j + 'a'",
             "'a' * 1j", "[1] * 1j", "1j @ 1j", "abs(complex(1e308, 1e308))", "complex(2**1100)",
             "(2**1100) * 1j", "1j + 2**1100", "complex([])", "complex(1, [])", "complex('1', 2)",
             "complex(1, '2')", "complex(1, 2, 3)", "complex(foo=1)", "complex(1, real=2)",
             "(1j).conjugate(2)", "complex.conjugate(1)", "complex.__add__(1j, 2)", "complex.__add__(1j, 'x')",
             "complex.__rsub__(1j, 2)", "complex.__truediv__(1j, 0)", "complex.__pow__(1j, 2, 3)",
             "math.floor(1j)", "math.sqrt(1j)", "sum([1j, 2, 3.5])", "max(1j, 2j)", "sorted([1j, 2j])"]:
    check(expr)
import math
class N:
    def __complex__(self):
        return 3 + 4j
class Bad:
    def __complex__(self):
        return 5
class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 7
print(complex(N()), complex(Fl()), complex(Ix()), complex(Fl(), Ix()), complex(1, Fl()))
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, other):
        return ('rmul', other)
print(1j + R(), 2j * R())
class MyC(complex):
    def __add__(self, other):
        return 'MyC.add'
    def __radd__(self, other):
        return 'MyC.radd'
print(MyC(1) + 1, 1 + MyC(1), 1j + MyC(2), MyC(1) - 1, type(MyC(1) - 1).__name__)
