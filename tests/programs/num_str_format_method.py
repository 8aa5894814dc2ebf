# str.format: positional, named, indexing, attributes, conversions, nested specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=5))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "val"}))
class C:
    attr = "attribute"
    items = [1, 2]
print("{0.attr} {0.items[1]}".format(C()))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:>10} {:<10}| {:^10}|".format("r", "l", "c"))
print("{:*^15} {:-<8} {:=>8}".format("mid", "l", "r"))
print("{:{}{}}".format("nest", ">", 9))
print("{:.{prec}f}".format(2.718281828, prec=3))
print("{0:b} {0:o} {0:x} {0:#X} {0:,}".format(1234567))
print("{{}} {{{0}}}".format("braces"))
print("{:%} {:.1%} {:e}".format(0.25, 0.0567, 1234.5))
print("{:+} {:+} {: } {: }".format(5, -5, 5, -5))
args = ("x", "y")
kw = {"z": "zee"}
print("{0}{1}{z}".format(*args, **kw))
print("{0!r:>8}|{1!s:<6}|".format("ab", 12))
print("{:,.2f} {:_d} {:08.3f}".format(1234567.891, 10**9, -3.14159))
print("a{}b{}c".format("", ""), "{}".format([1, {2: 3}]))
print("{0}-{0}-{0}".format("rep"), "{x}{y}{x}".format(x=1, y=2))
print(format("text", "^10"), format(3.5), format([1]), "{:s}".format("s"))
print("{:d}".format(True), "{}".format(False), "{:>5}".format(None.__class__.__name__))
for bad in ["{", "}", "{0} {}", "{1}", "{x}", "{:d}", "{0.missing}", "{:q}"]:
    try:
        print(bad.format("arg"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zz}".format_map(Default(a="A")))
