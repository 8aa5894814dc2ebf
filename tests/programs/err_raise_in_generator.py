# An exception escaping a generator consumed by a for loop in another function.
def produce():
    for i in range(5):
        if i == 3:
            raise IndexError(f"item {i} missing")
        yield i
def consume():
    for v in produce():
        print("got", v)
consume()
