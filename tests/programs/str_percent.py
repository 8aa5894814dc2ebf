# printf-style formatting: str % args.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Num:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


class WithStr:
    def __str__(self):
        return "custom-str"

    def __repr__(self):
        return "custom-repr"


print("%s|%r|%a" % (WithStr(), WithStr(), "naïve"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (1, 2, 3, 4, 5, -6))
print("%x %X %o %#x %#X %#o %08x %-8x|" % (255, 255, 8, 255, 255, 8, 255, 255))
print("%e %E %f %F %g %G" % (1234.5, 1234.5, 1.5, 2.25, 0.00001234, 1e100))
print("%.2e %.0f %.3g %#.0f %#g %10.4f|%-10.4f|" % (1234.5, 2.5, 3.14159, 3.0, 1.0, 3.14159, 3.14159))
print("%c%c%c" % (97, "b", 0x263a))
print("%s %s" % ("a", ("tuple", "inside")[0]), "%s" % ((1, 2),), "%s" % [1, 2])
print("%(a)s %(b)d %(a)r %(c)5.1f" % {"a": "x", "b": 2, "c": 3.14159})
print("%(nested(paren))s" % {"nested(paren)": "ok"})
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%%" % (), "100%%" % (), "%s%%" % "50")
print("%d %x %o" % (Num(), Num(), Num()), "%f %e" % (Flt(), Flt()))
print("%d %s" % (True, False), "%x" % True, "%.1f" % True)
print("%d" % 3.99, "%d" % -3.99, "%i" % 2.5e10)
print("%s" % "", "%5s|%-5s|%.1s|" % ("ab", "ab", "ab"))
print("%r" % "it's", "%r" % 'say "hi"', "%a" % "日本")
print("%s %s" % (None, ...))
print("%(x)s" % {"x": 1}, "abc" % {}, "abc" % [], "abc" % ())
print("big %d %x %e" % (2 ** 100, 2 ** 64, 2 ** 80))
print("neg zero %f %.0f %g" % (-0.0, -0.4, -0.0))
print("inf nan %f %e %g %F" % (float("inf"), float("-inf"), float("nan"), float("inf")))
print("%5s|%-6r|" % ("é", "é"))
show("not enough", lambda: "%s %s" % (1,))
show("too many", lambda: "%s" % (1, 2))
show("not all converted", lambda: "abc" % 5)
show("need mapping", lambda: "%(a)s" % 1)
show("missing key", lambda: "%(a)s" % {})
show("bad char", lambda: "%y" % 1)
show("incomplete", lambda: "abc %" % ())
show("incomplete key", lambda: "%(a" % {"a": 1})
show("d of str", lambda: "%d" % "1")
show("x of float", lambda: "%x" % 1.5)
show("f of str", lambda: "%f" % "1")
show("d of None", lambda: "%d" % None)
show("c of str2", lambda: "%c" % "ab")
show("c range", lambda: "%c" % 0x110000)
show("c float", lambda: "%c" % 1.5)
show("star str", lambda: "%*d" % ("5", 1))
show("nan to int", lambda: "%d" % float("nan"))
show("inf to int", lambda: "%d" % float("inf"))
show("mixed mapping", lambda: "%(a)s %s" % {"a": 1})
show("rmod", lambda: str.__rmod__("%s", 5))
show("mod method", lambda: "%s-%s".__mod__((1, 2)))
