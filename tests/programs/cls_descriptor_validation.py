# Reusable validating descriptors with __set_name__, per-instance storage, class-level access and error messages.
class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        pass
class Number(Validated):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public}: expected a number, got {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}: {value} < {self.minvalue}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}: {value} > {self.maxvalue}")
class String(Validated):
    def __init__(self, minsize=0, predicate=None):
        self.minsize, self.predicate = minsize, predicate
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public}: expected str")
        if len(value) < self.minsize:
            raise ValueError(f"{self.public}: too short ({len(value)} < {self.minsize})")
        if self.predicate and not self.predicate(value):
            raise ValueError(f"{self.public}: predicate failed for {value!r}")
class OneOf(Validated):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}: {value!r} not in {sorted(self.options)}")
class Component:
    name = String(minsize=2, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    weight = Number(0, 1000)
    def __init__(self, name, kind, quantity, weight=1.0):
        self.name, self.kind, self.quantity, self.weight = name, kind, quantity, weight
    def __repr__(self):
        return f"Component({self.name}, {self.kind}, {self.quantity}, {self.weight})"
print(Component("WIDGET", "metal", 5))
attempts = [
    ("Widget", "metal", 5), ("W", "metal", 5), ("WIDGET", "glass", 5), ("WIDGET", "wood", -1),
    ("WIDGET", "wood", "5"), ("WIDGET", "wood", True), (42, "wood", 1), ("OK", "plastic", 0, 5000),
]
for args in attempts:
    try:
        print(Component(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = Component("GEAR", "wood", 3)
c.quantity += 2
print(c.quantity, vars(c), type(Component.__dict__["weight"]).__name__, Component.quantity.minvalue, Component.name.public)
try:
    c.weight = 2000
except ValueError as e:
    print("ValueError", e, c.weight)
