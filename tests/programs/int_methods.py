# int and bool: constructor, methods, dunders, pow/round/hex (weft's own tests).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

print("int()", int(), int(7), int(-7.9), int(7.9), int(True), int("  -12  "), int("+5"), int("1_000"), int("٣"))
print("bases", int("ff", 16), int("FF", base=16), int("0xff", 0), int("0o17", 0), int("0b11", 0), int("z", 36), int("10", 2), int("0", 0), int("00", 0))
print("bytes", int(b"42"), int(bytearray(b" 7 ")), int(b"ff", 16))
show("bad literal", lambda: int("12a"))
show("bad literal base", lambda: int("9", 8))
show("empty", lambda: int(""))
show("base range", lambda: int("1", 37))
show("base 1", lambda: int("1", 1))
show("base non-str", lambda: int(5, 10))
show("base float", lambda: int("5", 2.0))
show("c octal", lambda: int("010", 0))
show("underscore", lambda: int("1__0"))
show("bad bytes", lambda: int(b"x1"))
show("nan", lambda: int(float("nan")))
show("inf", lambda: int(float("-inf")))
show("list", lambda: int([1]))
show("none", lambda: int(None))
show("kw x", lambda: int(x="1"))
print("big float", int(1e30), int(-2.5e20), int(2 ** 63 + 0.0))
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return "x"
print("protocols", int(WithInt()), int(WithIndex()), hex(WithIndex()), [1, 2, 3, 4, 5, 6, 7, 8][WithIndex()])
show("bad __int__", lambda: int(BadInt()))
print("bit_length", (0).bit_length(), (1).bit_length(), (-1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), True.bit_length())
print("bit_count", (0).bit_count(), (7).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print("to_bytes", (1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(), (127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "little", signed=True))
show("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
show("to_bytes signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
show("to_bytes negative", lambda: (-1).to_bytes(1, "big"))
show("to_bytes order", lambda: (1).to_bytes(1, "middle"))
show("to_bytes length", lambda: (1).to_bytes(-1, "big"))
print("from_bytes", int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2]), int.from_bytes(b""), int.from_bytes(bytearray(b"\x80"), byteorder="big", signed=True))
show("from_bytes str", lambda: int.from_bytes("ab", "big"))
print("ratio", (5).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio(), (7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print("round", round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1), round(12345, -10), round(2 ** 70, -20))
print("round types", type(round(True)).__name__, round(True, 1), type(round(True, -1)).__name__)
print("pow", pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(5, 0, 1), pow(2, 3, -5), pow(38, -1, 97), pow(base=2, exp=3), pow(2, 100, 10 ** 9 + 7))
show("pow mod zero", lambda: pow(2, 3, 0))
show("pow not invertible", lambda: pow(2, -1, 4))
show("pow float mod", lambda: pow(2.0, 3, 5))
show("pow str mod", lambda: pow("a", 3, 5))
show("pow zero neg", lambda: pow(0, -1))
print("hex/oct/bin", hex(0), hex(-255), oct(-8), bin(0), bin(-10), hex(2 ** 64), bin(True))
show("hex float", lambda: hex(1.5))
print("dunders", (5).__add__(3), (5).__radd__(3), (5).__sub__(7), (5).__rsub__(7), (6).__mul__(7), (7).__floordiv__(2), (7).__rfloordiv__(2), (7).__truediv__(2), (7).__mod__(-3), (2).__pow__(10), (2).__rpow__(3), (2).__pow__(10, 7))
print("more dunders", (5).__divmod__(3), (-5).__rdivmod__(3), (1).__lshift__(3), (16).__rshift__(2), (12).__and__(10), (12).__or__(10), (12).__xor__(10), (5).__add__(1.0), (5).__eq__(5.0))
print("unary", (5).__neg__(), (-5).__abs__(), (5).__invert__(), (5).__pos__(), (0).__bool__(), (5).__int__(), (5).__index__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(-1))
print("cmp dunders", (1).__lt__(2), (2).__le__(2), (3).__gt__(4), (3).__ge__(3.5), (1).__ne__(2), (2 ** 70).__gt__(2 ** 69))
print("hash/repr", (5).__hash__(), (-1).__hash__(), (2 ** 64).__hash__() == hash(2 ** 64), (5).__repr__(), True.__repr__(), int.__repr__(True))
show("div zero", lambda: (1).__floordiv__(0))
show("divmod zero", lambda: divmod(1, 0))
show("descr", lambda: int.__add__("a", 1))
show("arity", lambda: (1).__add__())
print("bool()", bool(), bool(0), bool(3), bool(""), bool([0]), bool(None), True & False, True | False, True ^ True, True & 3, type(True & True).__name__)
print("bool dunders", True.__and__(False), True.__or__(1), False.__xor__(True), True.__rand__(True), True.__add__(True))
show("bool subclass", lambda: type("B", (bool,), {}))
class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
mi = MyInt(4)
print("subclass", mi, mi + 1, type(mi + 1).__name__, int(mi), type(int(mi)).__name__, mi * 2, type(mi * 2).__name__, hash(mi) == hash(4), mi == 4)
print("subclass new", MyInt("12", 8), MyInt(), int.__new__(MyInt, 3), type(int.__new__(MyInt, 3)).__name__)
print("from_bytes subclass", type(MyInt.from_bytes(b"\x01")).__name__)
print("divmod", divmod(7, 2), divmod(-7, 2), divmod(2 ** 70, 3), divmod(7, 2.0), divmod(-7.5, 2))
show("divmod float zero", lambda: divmod(1.0, 0))
show("divmod str", lambda: divmod("a", 1))
print("format dunders", (5).__format__("x>5"), (255).__format__("#x"), (1.5).__format__(".3f"), int.__format__(True, ""), (7).__format__(""), float.__format__(2.0, "e"))
show("format bad spec", lambda: (5).__format__("s"))
show("format spec type", lambda: int.__format__(5, None))
show("to_bytes order None", lambda: (1).to_bytes(1, None))
class Fmt(int):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"
print("format subclass", format(Fmt(7), "03d"), f"{Fmt(10):x}", "{:>4}".format(Fmt(1)))
