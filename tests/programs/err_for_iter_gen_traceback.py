# An exception raised in a generator that a for-loop resumes inline: the
# traceback shows the loop's line, then the generator's.
def gen(n):
    for i in range(n):
        if i == 5:
            raise KeyError(i)
        yield i


def consume():
    total = 0
    for rnd in range(3):
        for v in gen(4 + rnd):
            total += v
    return total


print(consume())
