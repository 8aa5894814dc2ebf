# Backtracking: N-queens counts and a board, a sudoku solver, permutations and subsets generation.
def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(list(board))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return sols
for n in range(1, 7):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
puzzle = """
534678.12
6721953.8
198342567
8.976.423
426853791
71392.856
96.537284
287419635
3452.6179
"""
grid = [[0 if ch == "." else int(ch) for ch in line] for line in puzzle.split()]
def ok(g, r, c, v):
    if any(g[r][j] == v for j in range(9)) or any(g[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
steps = [0]
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        steps[0] += 1
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid), steps[0])
for row in grid:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
def perms(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(["".join(p) for p in perms("abcd")][:10], len(perms("abcd")))
def subsets(items):
    res = [[]]
    for x in items:
        res += [s + [x] for s in res]
    return res
print(subsets([1, 2, 3]), len(subsets(range(6))))
def combos_sum(cands, target):
    out = []
    def go(start, rem, path):
        if rem == 0:
            out.append(path)
            return
        for i in range(start, len(cands)):
            if cands[i] <= rem:
                go(i, rem - cands[i], path + [cands[i]])
    go(0, target, [])
    return out
print(combos_sum([2, 3, 6, 7], 7), combos_sum([2, 3, 5], 8))
