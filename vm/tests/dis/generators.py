# Generators: yield, yield from with its result, return values, and
# generator expressions.
def gen(n):
    for i in range(n):
        received = yield i
        if received:
            return received
    result = yield from sub()
    yield result

def sub():
    yield 1
    return 2

squares = (x * x for x in range(10) if x % 2)
