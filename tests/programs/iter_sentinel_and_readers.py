# iter(callable, sentinel) for readers, chunked reading, functools.partial sentinels, custom readers.
import io, functools
f = io.StringIO("line1\nline2\n\nline4\n")
for line in iter(f.readline, ""):
    print(repr(line))
b = io.BytesIO(b"abcdefghij")
print(list(iter(functools.partial(b.read, 3), b"")))
vals = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(vals), 5)))
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
print(list(iter(Dice([2, 4, 6, 1, 3]), 1)))
it = iter(int, 1)
print(next(it), next(it))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 5)), count)
try:
    iter(5, 5)
except TypeError as e:
    print("TypeError", e)
s = io.StringIO("a,b\nc,d\n")
rows = [line.rstrip("\n").split(",") for line in s]
print(rows)
s.seek(0)
print(s.read(1), s.read(2), s.readline(), s.readlines())
words = io.StringIO("one two three four five")
chunks = list(iter(lambda: words.read(4), ""))
print(chunks)
