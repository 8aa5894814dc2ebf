# Building strings: join, repeated concatenation, io.StringIO, textual tables.
import io
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0), ("kiwi", 0, 3.333)]
w = max(len(r[0]) for r in rows)
print("+" + "-" * (w + 2) + "+-------+---------+")
for name, qty, price in rows:
    print("| %-*s | %5d | %7.2f |" % (w, name, qty, price))
print("+" + "-" * (w + 2) + "+-------+---------+")
total = sum(q * p for _, q, p in rows)
print(f"total: {total:>10.3f}")
s = ""
for i in range(20):
    s += str(i % 10)
print(s, len(s))
parts = []
for i in range(1, 16):
    parts.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(parts))
buf = io.StringIO()
for i in range(5):
    buf.write("line %d\n" % i)
print(buf.getvalue(), end="")
print(buf.tell(), len(buf.getvalue()))
buf.seek(0)
print(buf.readline(), end="")
print(buf.read(4), buf.readlines())
out = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=out)
print(1, 2, 3, sep="", file=out)
print(repr(out.getvalue()))
print(*["a", "b"], sep=", ")
print("a", "b", sep=None, end=None)
print()
print("x" * 0 == "", "-" * 40)
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words), "".join(w[0] for w in words).upper())
print("\n".join(f"{i:>3}: {w}" for i, w in enumerate(words, 1)))
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    if cur:
        lines.append(cur)
    return lines
for line in wrap("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua", 22):
    print("|" + line.ljust(22) + "|")
