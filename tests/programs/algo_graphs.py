# Graph algorithms: BFS, DFS, Dijkstra, topological sort, connected components, cycle detection.
from collections import deque, defaultdict
import heapq
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]
adj = defaultdict(list)
for u, v, w in edges:
    adj[u].append((v, w))
    adj[v].append((u, w))
nodes = sorted(adj)
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    dist = {start: 0}
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(adj[u]):
            if v not in seen:
                seen.add(v)
                dist[v] = dist[u] + 1
                q.append(v)
    return order, dist
print(bfs("a"))
def dfs(start):
    seen, order = set(), []
    def go(u):
        seen.add(u)
        order.append(u)
        for v, _ in sorted(adj[u]):
            if v not in seen:
                go(v)
    go(start)
    return order
print(dfs("a"), dfs("g"))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("a")
print(sorted(dist.items()))
def path(prev, t):
    p = [t]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
print(path(prev, "f"), path(prev, "d"))
def components():
    seen, comps = set(), []
    for n in nodes:
        if n not in seen:
            comp = bfs(n)[0]
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "test": ["app"]}
def topo(g):
    indeg = {k: 0 for k in g}
    for k, vs in g.items():
        for v in vs:
            indeg[k] += 1
    rev = defaultdict(list)
    for k, vs in g.items():
        for v in vs:
            rev[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo(deps))
def has_cycle(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = {k: WHITE for k in g}
    def visit(u):
        color[u] = GRAY
        for v in g.get(u, []):
            if color.get(v, WHITE) == GRAY:
                return True
            if color.get(v, WHITE) == WHITE and visit(v):
                return True
        color[u] = BLACK
        return False
    return any(color[k] == WHITE and visit(k) for k in sorted(g))
print(has_cycle(deps), has_cycle({"x": ["y"], "y": ["z"], "z": ["x"]}))
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def grid_bfs():
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print(grid_bfs())
def floyd(ns, es):
    INF = float("inf")
    d = {(a, b): 0 if a == b else INF for a in ns for b in ns}
    for u, v, w in es:
        d[u, v] = min(d[u, v], w)
        d[v, u] = min(d[v, u], w)
    for k in ns:
        for i in ns:
            for j in ns:
                if d[i, k] + d[k, j] < d[i, j]:
                    d[i, j] = d[i, k] + d[k, j]
    return d
fd = floyd(nodes, edges)
print([fd["a", n] for n in nodes])
