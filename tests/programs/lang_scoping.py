# Scoping rules: LEGB, class scopes, comprehension scopes, del, global declarations, builtins shadowing.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    global x
    x = "modified"
print(f(), g(), x)
h()
print(f(), x)
len_backup = len
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
class C:
    a = 1
    b = a + 1
    lst = [a for _ in range(2)] if False else None
    def meth(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
print(C.b, C().meth())
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    bump(); bump()
    return n
print(counter())
y = 10
def uses_before_assign():
    try:
        y += 1
    except UnboundLocalError as e:
        return str(e)
print(uses_before_assign())
def deleter():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(deleter())
z = 5
del z
try:
    z
except NameError as e:
    print("NameError", e)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
[w for w in range(3)]
try:
    w
except NameError as e:
    print("NameError", e)
def nested_global():
    def inner():
        global created_inside
        created_inside = "created"
    inner()
nested_global()
print(created_inside)
def cls_scope():
    v = "enclosing"
    class K:
        v = "class"
        r = [v for _ in range(1)]
        def m(self):
            return v
    return K.v, K.r, K().m()
print(cls_scope())
print("x" in globals(), "len_backup" in globals(), "f" in dir(), sorted(k for k in globals() if k.startswith("le")))
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
if True:
    block_var = "visible"
print(block_var)
try:
    exec("qq = 1")
    print(qq)
except NameError as e:
    print("NameError", e)
import builtins
print(builtins.len is len_backup, hasattr(builtins, "print"), type(builtins).__name__)
