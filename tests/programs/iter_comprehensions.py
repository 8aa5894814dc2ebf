# List/dict/set comprehensions and generator expressions, scoping.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print({x: x ** 3 for x in range(5)})
print({c.lower() for c in "Hello World" if c.isalpha()} == set("helowrd"))
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc"]), "".join(c for c in "abc" if c != "b"))
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
n = 10
print([i for i in range(n) if all(i % d for d in range(2, i))][2:])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(K.doubled, K.total)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(i, j) for i, j in zip("ab", "cd")], [a + b for a, b in [(1, 2), (3, 4)]], [y for (y, *_ ) in [(1, 2, 3), (4, 5)]])
print({k: v for k, v in zip("abc", range(3)) if v}, {v: k for k, v in {"a": 1, "b": 1}.items()})
print([x if x > 2 else -x for x in range(5)], [len(s) for s in ("", "a", "ab")])
gen = (i for i in range(3))
print(list(zip(gen, gen)))
print([y := 5, y ** 2])
print([w.upper() for w in "one two".split()], [c * 2 for c in "xy"], [[]] * 2)
nested = [[1, [2, 3]], [4, [5, [6]]]]
def flatten(l):
    return [a for x in l for a in (flatten(x) if isinstance(x, list) else [x])]
print(flatten(nested))
