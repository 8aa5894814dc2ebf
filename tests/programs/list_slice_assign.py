# Slice reads and assignments of every shape (same length in place, growing,
# shrinking, self-assignment, extended slices), against CPython.
l = list(range(10))
l[2:5] = [7, 8, 9]; print(l)
l[2:5] = [1]; print(l)
l[2:3] = [4, 5, 6, 7]; print(l)
l[:] = l[::-1]; print(l)
l[8:20] = ["a", "b"]; print(l)
l[-3:-1] = (0, 0); print(l)
l[5:2] = [99]; print(l)
l[1:4] = iter([3, 2, 1]); print(l)
l[0:2] = l; print(l)
m = [1, 2, 3]; m[0:3] = m; print(m)
print(l[::2], l[1::3], l[-1:-5:-1], l[100:], l[:0])
