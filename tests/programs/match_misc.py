# Or-patterns with bindings, as-patterns, guards, value patterns, literals,
# and the compile-time errors.
import sys

class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

class NS:
    class Inner:
        VAL = "deep"

def classify(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE as c:
            return f"green-or-blue {c}"
        case NS.Inner.VAL:
            return "dotted deep"
        case None:
            return "none"
        case True:
            return "true"
        case -1 | -2.5:
            return "negative literal"
        case "a" | "b" | "c" as letter:
            return f"letter {letter}"
        case b"bytes":
            return "bytes literal"
        case [x, y] | (x, y, _):
            return f"pair-ish {x} {y}"
        case {"k": v} | [v]:
            return f"v={v}"
        case (int() | float()) as num if num > 100:
            return f"big number {num}"
        case int(n) | float(n) if n == 0:
            return "zero"
        case _:
            return "default"

for v in [1, 2, 3, "deep", None, True, False, -1, -2.5, "b", b"bytes",
          [1, 2], (4, 5, 6), {"k": 9}, [7], 500, 0, 0.0, 1.5]:
    print(repr(v), classify(v))

# 1 == True: literal 1 matches True? (equality) but True uses identity
match True:
    case 1:
        print("True matched 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")

# Guard sees the bindings; failed guard keeps trying
def g(pair):
    match pair:
        case (a, b) if a > b:
            return "desc"
        case (a, b) if a < b:
            return "asc"
        case (a, a2):
            return f"eq {a} {a2}"

print(g((2, 1)), g((1, 2)), g((3, 3)))

# Bindings persist after the match, even from failed guards
match (10, 20):
    case (p, q) if p > q:
        pass
    case _:
        pass
print("after:", p, q)

# Or-pattern binding order differs between alternatives
match (1, 2):
    case (a, b) | [b, a]:
        print("order", a, b)
match [3, 4]:
    case (1, a, b) | [b, a]:
        print("order2", a, b)

# Nested as-patterns
match [1, [2, 3]]:
    case [(1 | 2) as first, [_, _] as second] as whole:
        print(first, second, whole)

# Wildcard in or-pattern last alternative
match 42:
    case 1 | _:
        print("or-wildcard")

# Subject evaluated once
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1: pass
    case 2: pass
    case 5: print("five", len(calls))

# Match in a loop with break/continue
for i in range(6):
    match i:
        case 0:
            continue
        case 4:
            break
        case _:
            print("loop", i)

# Match in a function, with return in every branch and closures
def make(kind):
    match kind:
        case "add":
            return lambda a, b: a + b
        case "mul":
            return lambda a, b: a * b
    return None
print(make("add")(2, 3), make("mul")(2, 3), make("x"))

# compile-time errors
for src in [
    "match x:\n case y: pass\n case 1: pass\n",
    "match x:\n case _: pass\n case 1: pass\n",
    "match x:\n case [a, a]: pass\n",
    "match x:\n case a | b: pass\n",
    "match x:\n case [a] | [b]: pass\n",
    "match x:\n case [a] | (a, b): pass\n",
    "match x:\n case y | 1: pass\n",
    "match x:\n case [*a, *b]: pass\n",
    "match x:\n case f(): pass\n case a.b(): pass\n case \"s\" + 1: pass\n",
    "match x:\n case a as b: pass\n case 1: pass\n",
    "match x:\n case (a as b) as a: pass\n",
    "match x:\n case _ if x: pass\n case 1: pass\n",
    "match x:\n case y if y: pass\n case _: pass\n",
    "match x:\n case __debug__: pass\n",
]:
    try:
        compile(src, "<m>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(type(e).__name__, e)
