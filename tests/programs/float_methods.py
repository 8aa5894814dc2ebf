# float: constructor, methods, dunders, round/hex/fromhex (weft's own tests).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

print("float()", float(), float(3), float(-2 ** 60), float("1.5"), float(" -2e3 "), float("1_0.5"), float("inf"), float("-Infinity"), float("nan"), float(b"2.5"), float(True))
show("bad str", lambda: float("1.5x"))
show("empty", lambda: float(""))
show("bad bytes", lambda: float(b"zz"))
show("list", lambda: float([1]))
show("big int", lambda: float(10 ** 400))
show("kw", lambda: float(x=1))
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
class BadFloat:
    def __float__(self):
        return 1
print("protocols", float(WithFloat()), float(WithIndex()))
show("bad __float__", lambda: float(BadFloat()))
print("is_integer", (2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), float("nan").is_integer(), (-0.0).is_integer())
print("as_integer_ratio", (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e20).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
show("ratio nan", lambda: float("nan").as_integer_ratio())
show("ratio inf", lambda: float("inf").as_integer_ratio())
print("hex", (1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex(), float("inf").hex(), float("nan").hex(), (3.0).hex())
print("fromhex", float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("1"), float.fromhex(" 0XAp0 "), float.fromhex("inf"), float.fromhex("0x1.fffffffffffff8p1023") if False else "skip", float.fromhex("0x1p-1074"), float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"))
show("fromhex bad", lambda: float.fromhex("0x"))
show("fromhex junk", lambda: float.fromhex("0x1.8q"))
show("fromhex overflow", lambda: float.fromhex("0x1p1024"))
print("fromhex round trip", all(float.fromhex(x.hex()) == x for x in [0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123.456, -7.0]))
print("conjugate", (1.5).conjugate(), (1.5).real, (1.5).imag)
print("round", round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.4), round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(-1234.5, -1), round(5e-324, 400), round(1.5, 0), round(-0.4, 0), round(1e300, -299), round(123.456, None))
print("round types", type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(1.5, None)).__name__)
show("round nan", lambda: round(float("nan")))
show("round inf", lambda: round(float("inf")))
print("round nan digits", round(float("nan"), 2), round(float("inf"), -2))
show("round overflow", lambda: round(1.7976931348623157e308, -308))
show("round str digits", lambda: round(1.5, "a"))
show("round str", lambda: round("1.5"))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print("round protocol", round(R()), round(R(), 3), round(number=2.5), round(2.567, ndigits=1))
print("trunc/floor/ceil", (2.7).__trunc__(), (-2.7).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (1e20).__int__(), type((2.0).__floor__()).__name__)
show("floor inf", lambda: float("inf").__floor__())
print("dunders", (1.5).__add__(1), (1.5).__radd__(2), (1.5).__sub__(0.5), (1.5).__rsub__(2), (3.0).__mul__(2), (7.0).__truediv__(2), (7.0).__rtruediv__(2), (7.5).__floordiv__(2), (-7.5).__mod__(2), (2.0).__pow__(3), (2.0).__rpow__(3))
print("more", (7.5).__divmod__(2), (7.5).__rdivmod__(20), (1.5).__add__("a"), (1.5).__eq__(1.5), (1.5).__lt__(2), (2.0).__eq__(2), (1.5).__ne__(1.5), (1.5).__ge__(10 ** 30))
print("unary", (1.5).__neg__(), (-1.5).__abs__(), (1.5).__pos__(), (0.0).__bool__(), (1.5).__float__(), (1.5).__hash__() == hash(1.5), (2.0).__hash__() == hash(2), (1.5).__repr__(), (1e22).__repr__())
show("float zero div", lambda: (1.0).__truediv__(0))
show("float zero floordiv", lambda: (1.0).__floordiv__(0.0))
show("float zero mod", lambda: (1.0).__mod__(0))
show("float divmod zero", lambda: (1.0).__divmod__(0))
show("float pow mod", lambda: (2.0).__pow__(2, 3))
show("descr", lambda: float.__add__(1, 2.0))
show("big int op", lambda: (1.5).__add__(10 ** 400))
print("int float mix", 1 + 2.5, 10 ** 20 / 3, 2 ** 0.5, 7 // 2.0, -7 % 2.5, 1e308 * 10, -1e308 * 10)
print("comparisons", 1.0 == 1, 0.1 + 0.2 == 0.3, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), float("nan") == float("nan"))
print("sum floats", sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 1))
print("min/max", min(1.5, 1), max(-0.0, 0.0), max(0, -0.0), min([2.5, float("inf")]))
print("str/repr", str(1.0), repr(1e16), str(1e-5), repr(123456789.123), 1.0 / 3, 2 / 3, 1e23, 9.999999999999999e22)
print("int(float) exact", int(1e23), int(-9.999999999999999e22), int(0.9999999999999999))
