# List/set/dict comprehensions, nested loops and conditions, walrus
# binding in the enclosing scope, and closures over comprehension scopes.
def comps(rows, n):
    flat = [x for row in rows for x in row if x > n]
    unique = {x % 3 for x in flat}
    index = {k: v for k, v in enumerate(flat) if v}
    seen = [last := x for x in flat]
    pairs = [(a, b) for a in range(n) for b in [a * 2]]
    return flat, unique, index, seen, last, pairs

class Table:
    size = 3
    cells = [i * 2 for i in range(size)]
