# Unpacking: extended, nested, in for loops, in calls, in literals, errors.
a, b, c = 1, 2, 3
print(a, b, c)
a, *b = [1, 2, 3, 4]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(6); print(a, b, c)
a, *b, c = [1, 2]; print(a, b, c)
(a, b), (c, *d) = [(1, 2), (3, 4, 5)]; print(a, b, c, d)
[a, [b, [c]]] = [1, [2, [3]]]; print(a, b, c)
for i, (x, *rest) in enumerate([(1, 2, 3), (4,), "ab"]):
    print(i, x, rest)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
first, second, *_ = "unpacking"
print(first, second)
head, *tail = [0]
print(head, tail)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *[9]], (*"ab", 1), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
x = y = z = [0]
print(x is y is z)
a = b = 5; a += 1; print(a, b)
s = "ab"
c1, c2 = s
print(c1, c2)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
(p,) = [42]
print(p)
[q] = "q"
print(q)
for bad in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2]"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
g = (n * n for n in range(3))
u, v, w = g
print(u, v, w)
def gen():
    yield from "gen"
*letters, = gen()
print(letters)
print(sorted([*{"b": 1, "a": 2}]), max(*[3, 7, 5]), "{}-{}".format(*"xy"))
