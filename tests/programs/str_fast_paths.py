# str fast paths: ASCII/non-ASCII split, one-byte `in`, small-int and constant
# repr/str, join errors, indexing and slicing with negative indices.

samples = [
    "",
    " ",
    "a",
    "  a b  c ",
    "one\ttwo\nthree\x0bfour\x0cfive\rsix\x1cseven\x1dx\x1ey\x1fz",
    "héllo wörld  ünïcode",
    "\u3000x\x85y\xa0z\u2028w",
    "mixed é \t ascii",
    "trailing   ",
    "   leading",
]
for s in samples:
    print(repr(s), s.split(), s.split(None, 1), s.split(maxsplit=0), s.rsplit(None, 1))
    print(" ", s.split(" "), s.split("\n"), s.split("é"), s.split("ab"))

print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), ",".split(","))
print("x\ny\n".split("\n"), "\n".split("\n"), "é|ü|".split("|"))
for bad in ["", 5]:
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

hay = ["abc", "a b\tc", "héllo", "", "\n", "ü"]
for h in hay:
    print(repr(h), [n in h for n in [" ", "\t", "\n", "h", "é", "ü", "", "ll", "lo"]])
try:
    5 in "abc"
except TypeError as e:
    print("TypeError", e)

ints = [0, 1, -1, 9, 10, -10, 12345, -99999, 2**31, -2**31, 2**60, -2**60,
        2**61 - 1, -2**61, 2**62, -2**62, 2**63 - 1, -2**63, 2**64, 10**30, -10**30]
for i in ints:
    print(repr(i), str(i), f"{i}", f"{i!r}", "%d" % i, len(str(i)))
for c in [None, True, False, Ellipsis, NotImplemented]:
    print(repr(c), str(c), f"{c}", f"{c!r}")
print(repr(None) == "None", str(True) + str(False))

print(" ".join(["a", "b", "c"]), "".join([]), "-".join(("x",)), "é".join("abc"))
for bad in [["a", 1], ("a", None), [b"x"], 5]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
class S(str):
    pass
j = "".join([S("sub")])
print(j, type(j).__name__)

for s in ["hello", "héllo wörld", "ab"]:
    n = len(s)
    print([s[i] for i in range(-n, n)], s[-1], s[-n])
    print(s[1:-1], s[-3:], s[:-2], s[::-1], s[-100:100], s[::2], s[-1:-4:-1])
    for i in [n, -n - 1]:
        try:
            s[i]
        except IndexError as e:
            print("IndexError", e)

text = "ab " * 5
parts = []
for ch in text:
    if ch in " \n\t":
        parts.append("_")
    else:
        parts.append(ch)
print("".join(parts))
print("aé".startswith("é", 1), "aé".startswith("a", -5), "héllo".startswith("llo", 2), "héllo".endswith("é", 0, 2))

# join: short results (built on the stack) and long ones, every iterable kind.
print("-".join(["ab", "cd"]), "".join(["x" * 15, "y" * 15]), "".join(["x" * 15, "y" * 16]))
print(", ".join(str(i) for i in range(12)), "|".join({"k1": 1, "k2": 2}), "".join(map(str, range(5))))
print("".join(["é" * 10, "ü" * 5]), len("".join(["é" * 16])), "+".join(("a", S("b"), "c")))
print(type("".join([S("x"), S("y")])).__name__, type("".join((S("solo"),))).__name__)
big = [str(i) * 3 for i in range(2000)]
joined = "\n".join(big)
print(len(joined), joined[:20], joined[-10:], joined.count("\n"))
for bad in [["x"] * 20 + [3], (None,), iter(["a", b"b"]), [S("ok"), 2.5]]:
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError", e)

# repr of strs: plain short ASCII ones (built on the stack) and every other kind.
for s in ["", "k1", "a b", "x" * 27, "x" * 28, "x" * 29, "it's", 'say "hi"', "both ' and \"",
          "back\\slash", "tab\there", "nl\n", "\x7f", "\x1f", "~", " ", "é", "日本", "\u200b"]:
    print(repr(s), f"{s!r}", repr([s]), str((s,)), len(repr(s)))
class R(str):
    def __repr__(self):
        return "R!"
class Q(str):
    pass
print(repr(R("a")), repr(Q("a")), repr([R("b"), Q("c")]), repr({"k": Q("v")}))
