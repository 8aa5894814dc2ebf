# exec/eval honour a custom __builtins__ in the globals they are given.
env = {"__builtins__": {"len": len, "str": str}}
print(eval("len([1, 2])", env), eval("str(5)", env))
try:
    eval("print('x')", env)
except NameError as e:
    print("NameError", e)
try:
    exec("open('f')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
g = {}
exec("x = 1", g)
print(sorted(g), type(g["__builtins__"]).__name__ in ("module", "dict"))
import builtins
print(eval("abs(-3)", {"__builtins__": builtins}), eval("custom()", {"__builtins__": {"custom": lambda: "mine"}}))
