# Assignment expressions, conditional expressions, chained comparisons, boolean short-circuiting.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
import io
stream = io.StringIO("alpha\nbeta\n\ngamma\n")
while (line := stream.readline().strip()):
    print("line", line)
def first_long(words):
    for w in words:
        if (l := len(w)) > 4:
            return w, l
    return None
print(first_long(["a", "abcde", "abcdef"]), first_long([]))
print((x := 5, x + 1), x)
for v in [-5, 0, 5]:
    print(v, "neg" if v < 0 else "zero" if v == 0 else "pos", abs(v) if v else "nil")
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 0 <= x <= 4, 1 < 2 < 3 < 4 < 5 > 0, 3 > 2 > 1 == 1)
print(1 < 2 in [2], "a" < "b" < "c", [] == [] is not None)
def noisy(v, label):
    print("eval", label)
    return v
print(noisy(1, "a") < noisy(2, "b") < noisy(0, "c") < noisy(5, "d"))
print(noisy(0, "x") and noisy(1, "y"), noisy(1, "p") or noisy(2, "q"), noisy("", "m") or noisy([], "n") or "last")
print(None or 0 or "" or "found", 1 and 2 and 3, 1 and 0 and 3, not 0, not "x", not not [])
print([] or {} or (), "" and "never", 0 or None, type(0 or None).__name__)
val = None
print(val if val is not None else "default", (lambda: "L")() if True else 0)
print(["odd", "even"][x % 2 == 0], {True: "T", False: "F"}[x > 3])
print(x if x > 10 else (x * 2 if x > 4 else x * 3))
def sign(v):
    return (v > 0) - (v < 0)
print([sign(v) for v in (-3, 0, 7)], True + True, sum(v > 2 for v in data))
print(all(0 < v < 10 for v in data), any(v == 9 for v in data), min(data) < 2 < max(data))
