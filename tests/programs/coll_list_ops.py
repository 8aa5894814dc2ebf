# list methods and operations.
a = [5, 3, 8, 1, 9, 2]
a.append(7); print(a)
a.extend([10, 11]); print(a)
a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8); print(a, a.index(9), a.count(3), 3 in a, 42 not in a)
b = a.copy(); b.reverse(); print(b, a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda x: (x % 3, x)); print(a)
print(sorted(a), a[::2], a[1:-1], a[::-1], a[:0], a[100:])
c = a[:]
c[1:3] = ["x", "y", "z"]; print(c)
c[::2] = [0] * len(c[::2]); print(c)
del c[1]; print(c)
del c[::3]; print(c)
c[:] = []; print(c)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 2 * [1, 2], [1, 2] * 0)
l = [1, 2]; l += [3]; l *= 2; print(l)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [3] > [2, 9])
print(len([]), len([[]]), list(range(5)), list("ab"), list((1, 2)), list({1: 2}))
m = [[1, 2], [3, 4]]
m2 = [row[:] for row in m]
m2[0][0] = 99
print(m, m2)
alias = m
alias.append([5])
print(m is alias, m)
print(max([3, 1, 4]), min([3, 1, 4]), sum([3, 1, 4]), any([0, 0, 1]), all([1, 1, 0]))
x = [3, 1, 2]
print(x.sort(), x, sorted(x, reverse=True), list(reversed(x)))
print([i for i in range(10) if i % 2], [i * j for i in range(3) for j in range(3)], [[j for j in range(i)] for i in range(4)])
st = []
for i in range(5):
    st.append(i)
print(st.pop(), st.pop(), st)
l = [1, 2, 3]
l[len(l):] = [4, 5]
l[:0] = [-1, 0]
print(l, l.clear(), l)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1][3], lambda: [1, "a"].sort(), lambda: [1, 2].__setitem__(slice(None, None, 2), [1, 2, 3])]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0], str(nested), repr([None, True, "s", 1.5]))
r = [1]; r.append(r); print(r)
