"""heapq (to be written)."""
