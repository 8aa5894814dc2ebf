# del statements on names, items, slices, attributes; namespaces of modules/classes/functions.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
class O:
    pass
o = O()
o.attr = 5
del a
print("a" in globals())
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del c["x"]
print(c)
del o.attr
print(hasattr(o, "attr"))
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
def f():
    v = 1
    del v
    return "v" in locals()
print(f())
class C:
    tmp = 1
    keep = 2
    del tmp
print(hasattr(C, "tmp"), C.keep)
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del o.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError", e)
nested = {"a": {"b": [1, 2, 3]}}
del nested["a"]["b"][1]
print(nested)
import math as m
print(m.pi > 3)
del m
print("m" in globals())
g = (i for i in range(3))
del g
def counter():
    counter.n = getattr(counter, "n", 0) + 1
    return counter.n
counter(); counter()
print(counter.n, sorted(vars(counter)))
del counter.n
print(hasattr(counter, "n"))
d = dict.fromkeys(range(10))
for k in list(d):
    if k % 3:
        del d[k]
print(list(d))
