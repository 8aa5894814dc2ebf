# TypeError for unsupported operand types between custom and builtin objects.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented
total = Meters(1) + Meters(2)
print(total.v)
total = total + 5
