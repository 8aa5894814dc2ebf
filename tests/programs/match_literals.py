# Literal patterns: numbers (negative, float), strings (concatenated, f-less),
# bytes, None/True/False identity, and equality quirks.

def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -0.25:
            return "minus a quarter"
        case "hello" "world":
            return "concatenated"
        case "":
            return "empty str"
        case b"":
            return "empty bytes"
        case b"\x00\xff":
            return "binary"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10 | 20 | 30:
            return "tens"
        case "a" | "b":
            return "a or b"
    return "no match"

for v in [0, 0.0, -1, -1.0, 1.5, -0.25, "helloworld", "", b"", b"\x00\xff",
          None, True, False, 1, 10, 20.0, "b", "c", 2**70, [], ()]:
    print(repr(v), "->", lit(v))

# 0 == False, but False matches the singleton only by identity
def zero_or_false(v):
    match v:
        case False:
            return "is False"
        case 0:
            return "equals 0"
    return "neither"
print(zero_or_false(False), zero_or_false(0), zero_or_false(0.0), zero_or_false(None))

# nan never equals itself
nan = float("nan")
match nan:
    case 1.0:
        print("nan == 1.0?")
    case _:
        print("nan matched nothing")

# big ints and unicode
match 2 ** 100:
    case 1267650600228229401496703205376:
        print("big int matched")
match "héllo wörld":
    case "héllo wörld":
        print("unicode matched")

# string patterns do not match bytes and vice versa
for v in ["abc", b"abc"]:
    match v:
        case "abc":
            print("str pattern matched", type(v).__name__)
        case b"abc":
            print("bytes pattern matched", type(v).__name__)

# literals inside sequences and mappings
match [None, True, -2, "x"]:
    case [None, True, -2, "x"]:
        print("literal sequence")
match {"k": None, 1: False}:
    case {"k": None, 1: False}:
        print("literal mapping")

# compile errors for non-literal values
for src in [
    "match x:\n case 1 + 1: pass\n",
    "match x:\n case -x: pass\n",
    "match x:\n case f'{x}': pass\n",
    "match x:\n case a.b(): pass\n case {a: 1}: pass\n",
    "match x:\n case {**_}: pass\n",
    "match x:\n case *a: pass\n",
]:
    try:
        compile(src, "m", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)
