"""os (to be written)."""
