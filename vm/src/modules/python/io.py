"""io (to be written)."""
