"""json (to be written)."""
