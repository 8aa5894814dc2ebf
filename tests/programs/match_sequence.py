# Sequence patterns: fixed length, star captures, nesting, non-sequences.

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return "other"

for v in [[], [5], (1, 2), [1, 2, 3, 4], (9, 8, 7), "abc", b"xy", {1: 2}, 42,
          range(3), range(0), [[1, 2]]]:
    print(repr(v), "->", seq(v))

def star_positions(x):
    match x:
        case [*head, 0]:
            return ("ends0", head)
        case [0, *tail]:
            return ("starts0", tail)
        case [a, *mid, b, c]:
            return ("mid", a, mid, b, c)
        case _:
            return None

for v in [[1, 2, 0], [0, 1, 2], [1, 2, 3, 4, 5], [1, 2], [0], [3]]:
    print(v, star_positions(v))

def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case ((1, 2), *_):
            return "tuple-start"
        case [[_, _], _, _]:
            return "three"
    return "none"

print(nested([(1, 2), [3, 4, 5]]))
print(nested([(1, 2), [3]]))
print(nested(((1, 2), 7, 8, 9)))
print(nested([[0, 0], 1, 2]))
print(nested([1]))

# star wildcard uses subscripts; len checks
def wild(x):
    match x:
        case [_, _, *_]:
            return "2+"
        case [*_]:
            return "any"

print(wild([1]), wild([1, 2]), wild(()), wild("no"))

def subscr(x):
    match x:
        case [a, *_, b]:
            return a, b
        case [a, *_]:
            return (a,)

print(subscr([1, 2, 3, 4]), subscr([7]), subscr((5, 6)))

# Star in the middle with captures before and after
match list(range(10)):
    case [a, b, *c, d, e]:
        print(a, b, c, d, e)

# Deque and tuple subclasses are sequences
from collections import deque, namedtuple
P = namedtuple("P", "x y")
match P(1, 2):
    case [x, y]:
        print("namedtuple seq", x, y)
match deque([1, 2, 3]):
    case [1, *r]:
        print("deque", r)
    case _:
        print("deque no")

class MyList(list):
    pass

match MyList([1, 2]):
    case [a, b]:
        print("mylist", a, b)

# strings are not sequences for matching
for s in ["ab", bytearray(b"ab")]:
    match s:
        case [a, b]:
            print("matched", a, b)
        case _:
            print("not a sequence:", type(s).__name__)

# Iteration order / tuple pattern syntax without brackets
match 1, 2, 3:
    case 1, *others:
        print("others", others)

match [1, [2, [3, [4]]]]:
    case [1, [2, [3, [x]]]]:
        print("deep", x)
