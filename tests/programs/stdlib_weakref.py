# weakref: ref, proxy, WeakValueDictionary, WeakKeyDictionary, finalize.
import weakref, gc
class Obj:
    def __init__(self, n):
        self.n = n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n)
del o
gc.collect()
print(r())
cache = weakref.WeakValueDictionary()
a = Obj("a")
cache["a"] = a
print(list(cache.keys()), cache["a"].n)
del a
gc.collect()
print(list(cache.keys()))
p = Obj(5)
px = weakref.proxy(p)
print(px.n)
fin = weakref.finalize(p, print, "finalized")
del p, px
gc.collect()
print("end", fin.alive)
