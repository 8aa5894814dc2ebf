"""bisect (to be written)."""
