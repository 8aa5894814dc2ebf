from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, EnumType
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color.__members__), Color.RED.name, Color.RED.value)
print(Color.RED in Color, 1 in Color if False else None, Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), "%s" % Color.RED)
print(repr(Color), Color, type(Color), isinstance(Color.RED, Color))
for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.GREEN):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except Exception as e: print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num(2), Num.ONE < Num.TWO, f"{Num.ONE:03d}", str(Num.ONE), sorted([Num.TWO, Num.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(StrEnum):
    a = auto()
    B = "bee"
print(S.a, repr(S.a), S.B.upper(), S.a == "a", f"{S.B}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)), ~Perm.R, repr(~Perm.R), len(rw))
print(Perm(7), rw & Perm.R, rw ^ Perm.R, list(Perm))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | 8), IP.R | 1, IP(3), IP.R + 1, repr(~IP.R))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(Shape.TRI, Shape(4))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.MARS.mass, Planet.EARTH.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    FOO = auto()
    BAR = auto()
print(G.FOO.value, G.BAR)
print(Color._member_map_.keys(), Color._value2member_map_)
print(dir(Color.RED)[:5] if False else sorted(Color.__members__.items())[0])
d = {Color.RED: 'r'}; print(d[Color.RED], Color.RED.__class__)
print(isinstance(Color, EnumMeta), EnumMeta is EnumType)
class Ord(Enum):
    A = 1
    def describe(self): return f"{self.name}={self.value}"
print(Ord.A.describe(), Ord.A._name_, Ord.A._value_)
try: Enum('X', 'A B').A.value = 3
except Exception as e: print(type(e).__name__, e)
try:
    class E2(Color): pass
    class E3(Color):
        Z = 4
except Exception as e: print(type(e).__name__, e)
print(list(reversed(Color)))
