# len() of builtin containers (native lengths) and of Python classes and
# builtin subclasses that define __len__, with its error cases.
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(b"ab"),
      len(bytearray(3)), len(range(10)), len(range(0, 10, 3)), len({}.keys()), len(frozenset()))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class L(list):
    def __len__(self):
        return 99
class PlainL(list):
    pass
class S(str):
    def __len__(self):
        return -0 + 7
print(len(Sized(3)), len(L([1])), len(PlainL([1, 2, 3])), len(S("ab")), len(Sized(True)))
for bad in [Sized(-1), Sized(1.5), Sized("3"), object(), 5, None]:
    try:
        print(len(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bool(Sized(0)), bool(Sized(2)), bool(L()), [x for x in PlainL("ab")])
