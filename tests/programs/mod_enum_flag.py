# enum: Flag / IntFlag combination, iteration, membership, repr/str as 3.11, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.WHITE), Color.RED | Color.BLUE)
purple = Color.RED | Color.BLUE
print(repr(purple), str(purple), purple.name, purple.value, list(purple), len(purple))
print(Color.RED in purple, Color.GREEN in purple, bool(Color(0)), repr(Color(0)), Color(0).name)
print(~Color.RED, repr(~Color.WHITE), ~purple, purple & Color.RED, purple ^ Color.WHITE)
print(Color(3), Color(7) is Color.WHITE, hash(Color.RED) == hash(Color.RED))
try:
    Color(8)
except ValueError as e:
    print(type(e).__name__, e)
print([m.name for m in Color.__members__.values()], format(purple), f"{Color.GREEN}")


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw + 0, rw == 6, int(rw), isinstance(rw, int), Perm(7), repr(Perm(0)))
print(repr(Perm(9)), Perm.R | 8, repr(~Perm.X), Perm.W in rw, list(rw), rw & 2, repr(rw ^ 1))
print(f"{rw:b}", format(Perm.R, "03d"), sorted([Perm.X, Perm.R, Perm.W]), str(Perm.X))


class S(Flag, boundary=STRICT):
    A = 1
    B = 2


try:
    S(4)
except ValueError as e:
    print(type(e).__name__, e)


class C(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(C(7)))


class E(IntFlag, boundary=EJECT):
    A = 1
    B = 2


print(repr(E(7)), type(E(7)).__name__)


class K(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(K(7)), list(K(7)))


class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    THU = 8
    FRI = 16
    SAT = 32
    SUN = 64
    WEEKEND = SAT | SUN
    WORKDAY = MON | TUE | WED | THU | FRI


print(Weekday.WEEKEND, repr(Weekday.WORKDAY), [d.name for d in Weekday], Weekday.SAT in Weekday.WEEKEND)
chores = Weekday.MON | Weekday.FRI | Weekday.SUN
print(chores, [d.name for d in chores], Weekday(127))
