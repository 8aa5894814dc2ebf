# Nested structural patterns: an expression evaluator and simplifier over
# tuples and classes, JSON-like dispatch, and namedtuple matching.
from collections import namedtuple

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Num({self.value})"

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"

class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand
    def __repr__(self):
        return f"Neg({self.operand!r})"

def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case _:
            raise TypeError(f"not an expression: {e!r}")

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e

exprs = [
    BinOp("+", Num(2), BinOp("*", Num(3), Num(4))),
    BinOp("+", Num(0), BinOp("*", Num(1), Num(7))),
    Neg(Neg(BinOp("*", Num(5), Num(0)))),
    BinOp("-", Num(10), Neg(Num(3))),
]
for e in exprs:
    s = simplify(e)
    print(evaluate(e), s, evaluate(s))

for bad in [BinOp("/", Num(1), Num(2)), "text"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)

# tuple-encoded trees
def depth(t):
    match t:
        case ("leaf", _):
            return 1
        case ("node", left, right):
            return 1 + max(depth(left), depth(right))
        case ("node", *children) if children:
            return 1 + max(depth(c) for c in children)
    return 0

tree = ("node", ("leaf", 1), ("node", ("leaf", 2), ("node", ("leaf", 3), ("leaf", 4))))
print(depth(tree), depth(("node", ("leaf", 1), ("leaf", 2), ("leaf", 3))), depth("x"))

# JSON-like command dispatch
def handle(msg):
    match msg:
        case {"cmd": "move", "to": {"x": int(x), "y": int(y)}}:
            return f"move to {x},{y}"
        case {"cmd": "say", "text": str(text), **extra} if not extra:
            return f"say {text!r}"
        case {"cmd": "say", "text": str(text), **extra}:
            return f"say {text!r} with {sorted(extra)}"
        case {"cmd": "batch", "items": [*items]}:
            return [handle(i) for i in items]
        case {"cmd": str(other)}:
            return f"unknown command {other}"
        case _:
            return "malformed"

msgs = [
    {"cmd": "move", "to": {"x": 1, "y": 2}},
    {"cmd": "move", "to": {"x": 1.5, "y": 2}},
    {"cmd": "say", "text": "hi"},
    {"cmd": "say", "text": "hi", "volume": 3, "lang": "en"},
    {"cmd": "batch", "items": [{"cmd": "say", "text": "a"}, {"cmd": "jump"}, 5]},
    {"cmd": 42},
    ["cmd", "move"],
]
for m in msgs:
    print(handle(m))

# namedtuples get __match_args__
Point = namedtuple("Point", ["x", "y"])
print(Point.__match_args__)
def quadrant(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"axis {x}"
        case Point(x=x, y=y) if x > 0 and y > 0:
            return "Q1"
        case Point():
            return "elsewhere"
for p in [Point(0, 0), Point(3, 0), Point(0, -2), Point(1, 1), Point(-1, 5)]:
    print(p, quadrant(p))

# matching inside comprehensions and lambdas via helper
def kind(v):
    match v:
        case int() | float() if v < 0:
            return "neg"
        case int() | float():
            return "num"
        case str() | bytes():
            return "text"
        case [] | ():
            return "empty seq"
        case [_, *_]:
            return "seq"
        case {}:
            return "map"
    return "other"
print([kind(v) for v in [-1, 2.5, "s", b"b", [], (), [1], (1, 2), {}, {"a": 1}, None]])
