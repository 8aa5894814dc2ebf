"""Helper module for lang_import_helpers.py (not a test)."""
import math

PI_ROUNDED = round(math.pi, 4)
_private = "hidden from star-import"
__all__ = ["Circle", "Square", "area_sum", "PI_ROUNDED"]
load_count = 0
load_count += 1
print("loading _helper_shapes as", __name__)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(math.pi * self.r ** 2, 4)


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def area_sum(shapes):
    return round(sum(s.area() for s in shapes), 4)


def not_exported():
    return "still importable by name"


if __name__ == "__main__":
    print("never when imported")
