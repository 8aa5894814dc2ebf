# Generator expression evaluation rules: the first iterable is evaluated eagerly, the rest lazily; class-body scopes.
def src(name, n):
    print("creating", name)
    return range(n)
g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("generator built")
print(list(g))
items = [1, 2, 3]
g2 = (i for i in items)
items = [9, 9]
print(list(g2))
lst = [1, 2, 3]
g3 = (i for i in lst)
lst.append(4)
print(list(g3))
x = 10
g4 = (x + i for i in range(3))
x = 100
print(list(g4))
class C:
    data = [1, 2, 3]
    squares = [d * d for d in data]
    gen_first = list(d for d in data)
    try:
        nested = [[d * e for e in data] for d in data]
    except NameError as e:
        nested = f"NameError: {e}"
print(C.squares, C.gen_first, C.nested)
def make():
    k = 3
    return (k * i for i in range(3))
print(list(make()))
try:
    g5 = (1 / 0 for _ in range(1))
    print("lazy: not raised yet")
    list(g5)
except ZeroDivisionError:
    print("raised on iteration")
try:
    g6 = (i for i in 1 / 0)
except ZeroDivisionError:
    print("raised eagerly for first iterable")
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
total = sum(v for v in range(5) if v % 2)
print(total, max((len(w), w) for w in "a bbb cc".split()), sorted(w for w in "b a c".split()))
print(list(zip((i for i in "ab"), (j for j in range(10)))), dict((k, v) for k, v in [("a", 1)]))
