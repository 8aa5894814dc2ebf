# enum: custom __new__, mixins, methods, _ignore_, __str__/__format__ overrides, class attributes.
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, Enum as E2
import enum


class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = (1, "penny")
    NICKEL = (5, "nickel")
    DIME = (10, "dime")


print(Coin.PENNY, Coin(5), Coin.DIME.label, Coin.NICKEL.value, repr(Coin.DIME))


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def ok(self):
        return self < 400

    @classmethod
    def parse(cls, code):
        return cls(int(code))


print(Status.parse("404"), Status.OK.ok, Status.NOT_FOUND.ok, Status.OK + 1, max(Status), Status(200) is Status.OK)
print([s for s in Status], {s: s.value for s in Status}, Status.OK == 200, Status.OK.real)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def __str__(self):
        return self.name.lower()

    def describe(self):
        return f"{self.name} has value {self.value}"


print(Shape.SQUARE, Shape.ALIAS_FOR_SQUARE, f"{Shape.CIRCLE}", Shape.DIAMOND.describe())
print(list(Shape), list(Shape.__members__), Shape.__members__["ALIAS_FOR_SQUARE"])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)


class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["day_%d" % i] = i


print(list(Period))


class Color(StrEnum):
    RED = auto()
    GREEN = "green"

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == value.lower():
                return m
        return None


print(Color("RED"), Color("Green"), repr(Color.RED), Color.RED + "!", Color.RED.upper())
try:
    Color("blue")
except ValueError as e:
    print(type(e).__name__, e)


class Ordered(Enum):
    A = 1
    B = 2

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.B, Ordered.A]), Ordered.A < Ordered.B)
try:
    Ordered.A < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Enum):
        mro = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad2(Enum):
        _sunder_ = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    del Shape.SQUARE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Shape.NEW = 5
except AttributeError as e:
    print("set ok?", e)
print(Shape.SQUARE.name, Shape.SQUARE._value_, type(Shape.SQUARE), type(Shape), isinstance(Shape, EnumMeta))
print(enum.Enum.__name__, Coin.__members__.keys() if False else len(Coin.__members__))


class Mood(Enum):
    HAPPY = 3
    SAD = 1

    @classmethod
    def favorite(cls):
        return cls.HAPPY


print(Mood.favorite(), Mood["SAD"], getattr(Mood, "HAPPY"), Mood.HAPPY in Mood, 3 in [m.value for m in Mood])
print(Mood.HAPPY.__class__.__name__, Mood.SAD.__hash__() == hash(Mood.SAD), Mood.SAD != Mood.HAPPY)
