# Subclassing builtins: list, dict, str, int, tuple, Exception, set.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [5], type(s + [5]).__name__, s[1:], type(s[1:]).__name__)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["KEY"] = 1
ld["Other"] = 2
print(ld, ld["key"], ld["OTHER"], "key" in ld, ld.get("KEY"), dict(ld))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str), u == "HELLO", {u: 1}["HELLO"])
class Cents(int):
    def __new__(cls, v):
        return super().__new__(cls, round(v * 100))
    def __repr__(self):
        return f"Cents({int(self)})"
    def __add__(self, o):
        return Cents((int(self) + int(o)) / 100)
c = Cents(1.25)
print(c, c + Cents(2), int(c), c * 2, type(c * 2).__name__, c > 100, str(c), f"{c:05d}")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), hash(p) == hash((1, 2)), list(p))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, Exception))
class Tagged(set):
    tag = "t"
ts = Tagged([3, 1, 2])
print(sorted(ts), ts.tag, type(ts | {4}).__name__, len(ts))
class Default(dict):
    def __missing__(self, key):
        return key * 2
print(Default(a=1)["a"], Default()["zz"], Default().get("q"))
class MyInt(int):
    pass
mi = MyInt(7)
print(mi + 1, type(mi + 1).__name__, mi == 7, repr(mi), MyInt("12", 8) if False else MyInt("12"), bool(MyInt(0)))
class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList("ab")
cl.append("c")
cl.extend("de")
print(cl, cl.appends, sorted(cl, reverse=True))
