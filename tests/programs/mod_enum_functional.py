# enum: functional API, auto/_generate_next_value_, members introspection.
from enum import Enum, IntEnum, Flag, auto

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal.ANT), Animal(2), Animal["DOG"], Animal.__name__)
Fruit = Enum("Fruit", ["APPLE", "PEAR"], start=10)
print(list(Fruit), Fruit.PEAR.value)
Pet = Enum("Pet", [("CAT", "meow"), ("DOG", "woof")])
print(Pet.CAT.value, Pet("woof"), len(Pet))
Num = IntEnum("Num", {"ONE": 1, "TWO": 2, "THREE": 3})
print(Num.TWO + Num.THREE, list(Num), Num.ONE < 2)
Perm = Flag("Perm", "R W X")
print(list(Perm), Perm.R | Perm.X, [p.value for p in Perm])
Colors = Enum("Colors", "RED, GREEN, BLUE")
print([c.name for c in Colors], Colors.BLUE.value)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print([(m.name, m.value) for m in Auto])


class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name}-{count}"

    X = auto()
    Y = auto()


print(Named.X.value, Named.Y.value)


class FlagAuto(Flag):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in FlagAuto])
print(Animal.ANT == Animal.ANT, Animal.ANT == 1, Animal.ANT is Animal(1), Animal.ANT.__class__ is Animal)
try:
    Enum("Bad", "A A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Animal(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Animal["EMU"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(Animal.__members__)["BEE"], Animal._member_names_)
for m in reversed(Animal):
    print(m.name, end=" ")
print()
print(sorted(Animal, key=lambda m: m.name, reverse=True))
