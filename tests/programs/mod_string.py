# string: constants, capwords, Template, Formatter.
import string
from string import Template, Formatter


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print("capwords", repr(string.capwords("  the quick\tbrown   fox ")), string.capwords("hELLO wORLD"))
print("capwords sep", string.capwords("a-b--c", "-"), string.capwords("x.y.z", sep="."), repr(string.capwords("")))

t = Template("$who likes $what, ${who}'s favourite; cost $$10 ${what}s")
print("substitute", t.substitute(who="tim", what="kung pao"))
print("substitute mapping", t.substitute({"who": "ann", "what": "tea"}))
print("mapping + kw", t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print("template attr", t.template)
show("missing key", lambda: t.substitute(who="x"))
print("safe", t.safe_substitute(who="x"))
print("safe none", Template("$a ${b} $$ $").safe_substitute())
show("invalid $ end", lambda: Template("cost $").substitute())
show("invalid $ space", lambda: Template("a\nbc $ d").substitute())
show("invalid ${", lambda: Template("x ${1}").substitute())
show("invalid ${ unclosed", lambda: Template("line1\nline2 ${abc").substitute(abc=1))
print("safe invalid", Template("x ${1} $ ${abc").safe_substitute(abc=1))
print("numbers", Template("$x+$y=${z}").substitute(x=1, y=2.5, z=[3]))
print("identifier chars", Template("$a_b1c-$_x$y2z").substitute(a_b1c="A", _x="X", y2z="Y"))
print("adjacent", Template("${a}${b}$a$b").substitute(a=1, b=2))
print("non ascii after $", Template("$é $a").safe_substitute(a=1))
print("ids", Template("$a ${b} $a $$c $d").get_identifiers(), Template("$a $").is_valid(), Template("$a $$").is_valid())
print("dollar only", Template("$$$$").substitute(), Template("").substitute())


class Percent(Template):
    delimiter = "%"


print("custom delimiter", Percent("%who owes %%%amt").substitute(who="bob", amt=5))

f = Formatter()
print("format", f.format("{} + {} = {}", 1, 2, 3))
print("format named", f.format("{name:>8}|{n:05.1f}|{x!r}", name="pad", n=3.14159, x="s"))
print("format index", f.format("{1}{0}{1}", "a", "b"), f.format("{0[1]} {k[z]} {o.real}", [7, 8], k={"z": 9}, o=3))
print("format nested spec", f.format("{:{w}.{p}f}", 3.14159, w=10, p=2))
print("format braces", f.format("{{literal}} {}", "x"))
print("vformat", f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print("parse", list(f.parse("a{0}b{x!r:>3}c{{d}}")))
print("parse tail", list(f.parse("plain")), list(f.parse("")))
show("manual then auto", lambda: f.format("{0}{}", 1, 2))
show("auto then manual", lambda: f.format("{}{0}", 1, 2))
show("missing index", lambda: f.format("{3}", 1))
show("missing key", lambda: f.format("{nope}"))
show("single brace", lambda: f.format("a}b"))
show("unclosed", lambda: f.format("a{b"))
show("bad conversion", lambda: f.format("{0!x}", 1))


class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


print("subclass", Upper().format("{} {missing} {x:x}", "abc", x=255))
print("conversion", f.format("{0!s} {0!r} {0!a}", "é"))
letters = set(string.ascii_letters)
print("classify", sum(ch in letters for ch in "Hello, World 123"), [c for c in "a1 ?" if c in string.printable])
