"""abc (to be written)."""
