# Subclassing float: instances keep their class, methods and dunders.
class F(float):
    def __str__(self):
        return f"F{float(self):.1f}"
    def half(self):
        return F(self / 2)
x = F(2.25)
print(type(x).__name__, isinstance(x, float), x, repr(x), str(x), x.half(), type(x.half()).__name__)
print(x + 1, type(x + 1).__name__, x * 2, x == 2.25, hash(x) == hash(2.25), round(F(2.5)), int(F(3.9)))
print(bool(F(0.0)), bool(F(0.1)), F("1.5"), F(), float(x), type(float(x)).__name__, f"{x:.3f}")
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, v)
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.fahrenheit, sorted([Celsius(5), Celsius(-1), 3.0]))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)
c.note = "attr"
print(c.note, vars(c))
