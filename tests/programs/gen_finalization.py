# Finalization: a suspended generator is closed when collected, __del__ runs, gc module.
import gc
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally runs")
for v in gen_finally():
    print(v)
    break
print("after loop")
gf = gen_finally()
next(gf)
del gf
gc.collect()
print("after del")
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
r = Res("a")
del r
gc.collect()
print("after del r")
def scope():
    x = Res("local")
    return 1
scope()
gc.collect()
print("after scope", gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
a = Res("cycle-a")
b = Res("cycle-b")
a.other, b.other = b, a
del a, b
print(gc.collect() >= 2)
print("end")
