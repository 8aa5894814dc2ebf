"""itertools (to be written)."""
