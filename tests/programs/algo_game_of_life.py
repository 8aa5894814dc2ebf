# Conway's Game of Life on a small torus and on an unbounded set, plus a 1-D cellular automaton.
def step_grid(g):
    R, C = len(g), len(g[0])
    new = [[0] * C for _ in range(R)]
    for r in range(R):
        for c in range(C):
            n = sum(g[(r + dr) % R][(c + dc) % C] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            new[r][c] = 1 if n == 3 or (n == 2 and g[r][c]) else 0
    return new
def show(g):
    for row in g:
        print("".join("#" if v else "." for v in row))
    print("-" * len(g[0]))
g = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
for gen in range(4):
    show(g)
    g = step_grid(g)
def step_set(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}
blinker = {(0, 0), (0, 1), (0, 2)}
print(sorted(blinker), sorted(step_set(blinker)), step_set(step_set(blinker)) == blinker)
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
pop = []
s = rpent
for i in range(25):
    s = step_set(s)
    pop.append(len(s))
print(pop)
def rule(n, width=31, gens=15):
    cells = [0] * width
    cells[width // 2] = 1
    for _ in range(gens):
        print("".join("█" if c else " " for c in cells).rstrip())
        cells = [(n >> (cells[(i - 1) % width] << 2 | cells[i] << 1 | cells[(i + 1) % width])) & 1 for i in range(width)]
rule(90)
rule(30, gens=8)
