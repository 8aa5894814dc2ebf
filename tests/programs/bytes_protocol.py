# bytes/bytearray behaviour that goes through the operator protocols:
# `%`, `+`, `*`, `in`, comparisons, slice assignment and deletion.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("add", b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", type(bytearray(b"a") + b"b").__name__)
print("mul", b"ab" * 2, 2 * b"ab", bytearray(b"ab") * 2, 3 * bytearray(b"x"), b"ab" * 0, b"ab" * -1)
x = bytearray(b"ab")
y = x
x += b"cd"
x *= 2
print("inplace", x, y, x is y)
z = b"ab"
z += bytearray(b"!")
print("bytes inplace", z, type(z).__name__)
print("in", b"a" in b"abc", 98 in b"abc", b"" in b"abc", b"ac" in b"abc", b"b" in bytearray(b"abc"), 99 in bytearray(b"abc"), bytearray(b"bc") in b"abc")
print("eq", b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"a" == "a", bytearray(b"a") != b"b", bytearray(b"x") == bytearray(b"x"))
print("order", bytearray(b"abc") < b"abd", b"abc" < bytearray(b"abd"), bytearray(b"b") >= bytearray(b"a"), sorted([bytearray(b"b"), b"a", b"c"]))
print("getitem", b"abc"[0], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], bytearray(b"abc")[1], bytearray(b"abcdef")[::-2])
d = bytearray(b"0123456789")
d[0] = 65
d[-1] = 66
d[1:3] = b"xyz"
d[5:5] = [1, 2]
d[::4] = b"!" * len(d[::4])
print("setitem", d)
del d[0]
del d[-1]
del d[1:4]
del d[::2]
print("delitem", d)
e = bytearray(b"abcdef")
e[2:4] = e
e[1:2] = bytearray()
e[6:1] = b"Q"
print("self assign", e)
class Key:
    def __getitem__(self, k):
        return k


K = Key()
show("setitem slice int", lambda: bytearray(b"abc").__setitem__(K[0:1], 5))
show("setitem slice str", lambda: bytearray(b"abc").__setitem__(K[0:1], "a"))
show("setitem ext size", lambda: bytearray(b"abc").__setitem__(K[::2], b"x"))
show("setitem slice bad item", lambda: bytearray(b"abc").__setitem__(K[0:1], [300]))
key = "x"
show("bytes getitem str", lambda: b"abc"[key])
show("bytes getitem range", lambda: b"abc"[3])
show("bytearray getitem range", lambda: bytearray(b"abc")[3])
show("bytes setitem", lambda: b"abc".__class__.__setitem__)


def assign(obj, k, v):
    obj[k] = v


def delete(obj, k):
    del obj[k]


show("bytes assign", lambda: assign(b"abc", 0, 1))
show("bytes delete", lambda: delete(b"abc", 0))
show("bytearray assign slice int", lambda: assign(bytearray(b"abc"), K[0:1], 5))
show("bytearray assign ext", lambda: assign(bytearray(b"abc"), K[::2], b"x"))
show("bytearray delete range", lambda: delete(bytearray(b"abc"), 10))
show("add int", lambda: b"a" + 1)
show("add str", lambda: b"a" + "b")
show("bytearray add int", lambda: bytearray(b"a") + 1)
show("mul str", lambda: b"a" * "b")
show("in str", lambda: "a" in b"abc")
show("in 256", lambda: 256 in b"abc")
show("lt str", lambda: b"a" < "a")
print("pct", b"%s-%d-%x-%c-%c" % (b"ab", 5, 255, 65, b"z"), b"%5s|%-5s|" % (b"ab", bytearray(b"cd")), b"%r %a" % ("é", b"x"))
print("pct2", b"%b %%" % b"raw", b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 7, b"%.2f %e" % (1.5, 2.5), b"plain" % ())
show("pct str arg", lambda: b"%s" % "a")
show("pct int arg", lambda: b"%b" % 1)
show("pct c range", lambda: b"%c" % 256)
show("pct c long", lambda: b"%c" % b"ab")
show("pct extra", lambda: b"%d" % (1, 2))
show("pct key str", lambda: b"%(k)s" % {"k": b"v"})
show("pct bad char", lambda: b"%y" % 1)


class MyArray(bytearray):
    pass


print("subclass repr", MyArray(b"q"), repr(MyArray()), str(MyArray(b"s")))
