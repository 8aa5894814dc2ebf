# exec, eval, compile, globals(), locals(), vars(), dir().
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("len(s)", {"s": "abc"}), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def f(n):\n    return n * n\nresult = f(7)", ns)
print(ns["result"], ns["f"](3), sorted(k for k in ns if not k.startswith("__")))
exec("y = 10")
print(y)
code = compile("sum(range(n))", "<expr>", "eval")
print(eval(code, {"n": 101}), code.co_filename, type(code).__name__)
mod = compile("a = 1\nb = a + 1\n", "<mod>", "exec")
g = {}
exec(mod, g)
print(g["a"], g["b"])
single = compile("print('from single')", "<s>", "single")
exec(single)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename)
try:
    exec("x = = 1", {})
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError", e)
try:
    compile("x", "<f>", "bogus")
except ValueError as e:
    print("ValueError", e)
G = 1
def show():
    L = 2
    return sorted(locals()), "G" in globals(), "L" in globals()
print(show())
class Obj:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
o = Obj()
print(vars(o), sorted(k for k in vars(Obj) if not k.startswith("__")), o.__dict__ is vars(o))
print([n for n in dir(o) if not n.startswith("__")], "cls_attr" in dir(Obj), "__init__" in dir(o))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_"))[:12])
import math
print("sqrt" in dir(math), vars(math)["pi"])
src = """
total = 0
for i in range(5):
    total += i
"""
loc = {}
exec(src, {}, loc)
print(loc)
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + 1)(1)"), eval(" 3 "), eval("'\\n'.join(['a', 'b'])"))
def scoped():
    z = 5
    return eval("z + 1"), eval("z", {}, {"z": 100})
print(scoped())
exec("class Dyn:\n    v = 3\n", globals())
print(Dyn.v)
print(eval("__name__"), eval("x", {"x": "globals"}, {"x": "locals"}))
