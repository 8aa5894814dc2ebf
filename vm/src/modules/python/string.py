"""string (to be written)."""
