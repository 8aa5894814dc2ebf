"""functools (to be written)."""
