# Unbounded recursion ends with RecursionError.
import sys
sys.setrecursionlimit(200)
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
