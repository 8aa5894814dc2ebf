# Huffman coding with deterministic tie-breaking, and A* search on a grid with Manhattan heuristic.
import heapq
from collections import Counter
def huffman(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes
for text in ["abracadabra", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    codes = huffman(text)
    enc = "".join(codes[c] for c in text)
    inv = {v: k for k, v in codes.items()}
    dec, cur = [], ""
    for bit in enc:
        cur += bit
        if cur in inv:
            dec.append(inv[cur]); cur = ""
    print(sorted(codes.items()), len(enc), len(text) * 8, "".join(dec) == text)
grid = [
    "S....#....",
    ".###.#.##.",
    ".#...#..#.",
    ".#.###.#..",
    ".#.....#.#",
    "...##.##..",
    "##..#....E",
]
def astar(grid):
    R, C = len(grid), len(grid[0])
    find = lambda ch: next((r, c) for r in range(R) for c in range(C) if grid[r][c] == ch)
    start, goal = find("S"), find("E")
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    openq = [(h(start), 0, start)]
    came, g = {}, {start: 0}
    expanded = 0
    while openq:
        f, cost, cur = heapq.heappop(openq)
        if cur == goal:
            path = [cur]
            while path[-1] in came:
                path.append(came[path[-1]])
            return cost, path[::-1], expanded
        if cost > g[cur]:
            continue
        expanded += 1
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = cur[0] + dr, cur[1] + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#":
                nxt = (nr, nc)
                if cost + 1 < g.get(nxt, 1 << 30):
                    g[nxt] = cost + 1
                    came[nxt] = cur
                    heapq.heappush(openq, (cost + 1 + h(nxt), cost + 1, nxt))
    return None
cost, path, expanded = astar(grid)
print(cost, len(path), path[:4], path[-3:])
canvas = [list(r) for r in grid]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(r) for r in canvas))
