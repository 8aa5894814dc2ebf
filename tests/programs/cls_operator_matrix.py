# A Matrix class with full operator support: +, -, *, @, ==, unary, indexing, iteration, repr/str, hashing.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self):
        return (x for r in self.rows for x in r)
    def __len__(self):
        return self.n * self.m
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def _zip(self, o, f):
        if (self.n, self.m) != (o.n, o.m):
            raise ValueError(f"shape mismatch {self.n}x{self.m} vs {o.n}x{o.m}")
        return Matrix([[f(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x + o for x in r] for r in self.rows])
        return self._zip(o, lambda a, b: a + b)
    __radd__ = __add__
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self._zip(k, lambda a, b: a * b)
        return Matrix([[x * k for x in r] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError("cannot multiply")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __pow__(self, k):
        r = Matrix.identity(self.n)
        for _ in range(k):
            r = r @ self
        return r
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(abs(x) for x in self)
    def __bool__(self):
        return any(self)
    def __contains__(self, v):
        return any(v == x for x in self)
    @property
    def T(self):
        return Matrix(list(zip(*self.rows)))
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, A * 2, 2 * A, A @ B, sep="\n")
print(repr(A ** 3), repr(-A), abs(A), bool(Matrix([[0, 0]])), bool(A), 4 in A, 9 in A)
print(A[0], A[1, 1], A.T, len(A), list(A), sum(A), max(A), sorted(A, reverse=True))
C = Matrix([[1, 2], [3, 4]])
print(A == C, A != B, A is C, hash(A) == hash(C), len({A, C, B}), 1 + A == A + 1)
C[0, 0] = 100
print(repr(C), A == C)
try:
    A + Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError", e)
try:
    A @ Matrix([[1, 2, 3]] * 3)
except ValueError as e:
    print("ValueError", e)
try:
    A / 2
except TypeError as e:
    print("TypeError", e)
M = Matrix([[1, 1], [1, 0]])
print([ (M ** k)[0, 1] for k in range(12)])
acc = Matrix([[0, 0], [0, 0]])
for k in range(1, 4):
    acc += A * k
print(repr(acc), repr(A @ Matrix.identity(2)), Matrix.identity(3))
