# %-formatting of numbers and strings.
print("%d %i %u" % (42, -3, 7))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %+.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5))
print("%e %.2E %g %G %g %g" % (12345.678, 0.000123, 0.00001234, 1e20, 100000.0, 1000000.0))
print("%s %r %a" % ("text", "text", "ñ"))
print("%s %s" % ([1, 2], (3,)))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%c%c%c" % (72, "i", 33))
print("%% %s%%" % 50)
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (("tuple", "in"),))
print("%s" % None, "%d" % True, "%.3s" % "abcdef", "%5.2s|" % "xyz")
print("%x" % -255, "%o" % -8, "%d" % 2**70, "%e" % 2**70)
print("%10s|%-10s|" % ("right", "left"))
print(b"%d %s %x" % (5, b"bytes", 255))
print("%.0e %.1g %#g" % (5.5, 0.15, 3.0))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%(a)s", 5), ("%z", 1), ("%c", 1 << 30)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
