# string module: constants, Template, Formatter, capwords.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.punctuation)
t = string.Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount="5.00"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a$b").substitute({"a": 1}, b=2), t.template[:10])
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0} and {name}", "pos", name="kw"), list(f.parse("a{0}b{x:>5}c{{d}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() if spec == "up" else super().format_field(value, spec)
print(Upper().format("{} {:up} {:>4}", "a", "b", "c"))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(caesar))
print(sum(c in string.punctuation for c in "Hello, world! (yes)"), [c for c in "a1B2" if c in string.digits])
