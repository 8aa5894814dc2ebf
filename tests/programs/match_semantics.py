# Evaluation details of match: which methods run, in what order, how often.

log = []

class Tracked:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self._a, self._b = a, b
    @property
    def a(self):
        log.append("get a")
        return self._a
    @property
    def b(self):
        log.append("get b")
        return self._b

match Tracked(1, 2):
    case Tracked(9, _):
        pass
    case Tracked(1, b=2):
        log.append("matched")
print(log)
log.clear()

# Wildcard sub-patterns still fetch the attribute (CPython does)
match Tracked(1, 2):
    case Tracked(_, _):
        log.append("wild")
print(log)
log.clear()

# Custom __eq__ is used by value patterns; the subject is on the left? no:
class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append(f"{self.name}.__eq__({other!r})")
        return other == 3
    __hash__ = None

match Eq("subj"):
    case 1:
        pass
    case 3:
        log.append("3 matched")
print(log)
log.clear()

# Value pattern constants evaluated each time the case is tried
class Consts:
    calls = 0
    @classmethod
    def bump(cls):
        cls.calls += 1

class Holder:
    VALUE = 5

for x in (5, 6):
    match x:
        case Holder.VALUE:
            print("holder value", x)
        case _:
            print("not holder", x)

# isinstance check uses __instancecheck__ of metaclasses
class Meta(type):
    def __instancecheck__(cls, obj):
        log.append("instancecheck")
        return isinstance(obj, int)

class AnyInt(metaclass=Meta):
    pass

match 5:
    case AnyInt():
        log.append("AnyInt matched")
print(log)
log.clear()

# __match_args__ is inherited, and can be overridden
class P:
    __match_args__ = ("x",)
    def __init__(self, x, y=0):
        self.x, self.y = x, y
class Q(P):
    pass
class R(P):
    __match_args__ = ("y", "x")

for obj in [Q(1), R(1, 2)]:
    match obj:
        case R(a, b):
            print("R", a, b)
        case Q(a):
            print("Q", a)

# Mapping patterns use .get only for keys in the pattern and check len first
class LoggingDict(dict):
    def get(self, key, default=None):
        log.append(f"get {key!r}")
        return super().get(key, default)
    def __len__(self):
        log.append("len")
        return super().__len__()

match LoggingDict(a=1, b=2):
    case {"a": 1, "b": 3}:
        pass
    case {"a": 1, **rest}:
        log.append(f"rest={sorted(rest.items())}")
print(log)
log.clear()

# Sequence patterns take len() once and unpack by iteration
class LoggingList(list):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)

match LoggingList([1, 2, 3]):
    case [1, 2]:
        pass
    case [a, *_, c]:
        log.append(f"a={a} c={c}")
print(log)
log.clear()

# guard is evaluated after bindings, bindings remain if guard fails
def guard_order(v):
    match v:
        case [x, y] if (log.append(f"guard {x},{y}") or x < y):
            return "ascending"
        case [x, y]:
            return f"other (x={x}, y={y})"
print(guard_order([1, 2]), guard_order([2, 1]), log)
log.clear()

# match statement as the last thing in a generator and in a while loop
def tokens(s):
    for ch in s:
        match ch:
            case " ":
                continue
            case "+" | "-" | "*" as op:
                yield ("op", op)
            case d if d.isdigit():
                yield ("num", int(d))
            case other:
                yield ("err", other)
print(list(tokens("1 + 2*x")))

stack = [3, [1, 2], "end"]
while stack:
    match stack.pop():
        case "end":
            print("end marker")
        case [a, b]:
            print("pair", a, b)
        case n:
            print("scalar", n)

# the subject is evaluated exactly once even with many cases
count = 0
def subject():
    global count
    count += 1
    return (1, 2)
match subject():
    case (2, _): pass
    case (_, 3): pass
    case [1, 2]: pass
print("subject evaluated", count, "time(s)")
