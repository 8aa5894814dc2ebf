# Recursion: mutual recursion, memoization, recursion limits, tail-style accumulators, Ackermann, Hanoi.
import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(51))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(200))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def depth_of(n):
    return 0 if n == 0 else 1 + depth_of(n - 1)
print(depth_of(500), sys.getrecursionlimit() >= 1000)
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth_of(100))
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    depth_of(200)
except RecursionError:
    print("limit 100 hit")
sys.setrecursionlimit(old)
print(depth_of(300))
def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out
print(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": {}}))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def binsearch(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid)
arr = list(range(0, 100, 3))
print([binsearch(arr, x) for x in (0, 3, 99, 50, 51)])
def permutations(s):
    if len(s) <= 1:
        yield s
        return
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            yield c + p
print(list(permutations("abc")), sum(1 for _ in permutations("abcde")))
