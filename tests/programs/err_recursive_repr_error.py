# An exception raised inside __repr__ while printing.
class Broken:
    def __repr__(self):
        raise RuntimeError("repr exploded")
print("before")
print([1, Broken()])
