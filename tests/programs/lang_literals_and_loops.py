# Literals (strings, bytes, numbers) and loop forms: for/while with else, break/continue, nested loops.
print("tab\there", 'single "quotes"', "double 'quotes'", """triple
quoted""", '''also ''' "implicit" " concat")
print(r"raw \n stays", rb"raw\bytes", b"\x41\x42", "\u00e9\N{BULLET}\x41\101", len("\\"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
print(0b1010, 0o777, 0xFF, 1_000_000, 1e3, 1E-3, .5, 5., 0.0, 00, 0_0, 1_0.0_1)
print(0xDEAD_BEEF, 0B11, 0O10, 1e1_0)
for i in range(3):
    print("for", i)
else:
    print("for-else ran (no break)")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    else:
        continue
    break
print("found", found)
for x in []:
    print("never")
else:
    print("empty for-else")
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count)
i = 10
for i in range(3):
    pass
print(i)
for c in "ab":
    for d in "xy":
        print(c + d, end=" ")
print()
k = 0
while k < 10:
    k += 3
    if k == 6:
        continue
    print("k", k)
print([1, 2, 3,], (1,), {1: 2,}, f"{'{'}", "{}".format("x"), "%%")
print(type(...).__name__, ... is Ellipsis, None is None, NotImplemented.__class__.__name__)
