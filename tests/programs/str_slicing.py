# String indexing and slicing with every kind of bounds and steps.
s = "abcdefghij"
for start in [None, 0, 3, -3, 20, -20]:
    for stop in [None, 5, -2, 100]:
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:2]), repr(s[start:stop:-1]))
print(s[::3], s[::-3], s[1::4], s[8:2:-2], s[-1:-11:-1])
print(s[slice(2, 8)], s[slice(None, None, -2)], s[slice(3)], slice(1, 2, 3))
sl = slice(-5, None, 2)
print(sl.start, sl.stop, sl.step, sl.indices(len(s)), s[sl])
print(slice(None).indices(7), slice(10, -10, -1).indices(7), slice(0, 100, 3).indices(10))
u = "héllo wörld €"
print(u[1], u[7], u[-1], u[::-1], len(u), u.upper())
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():], [10, 20, 30][Idx()])
