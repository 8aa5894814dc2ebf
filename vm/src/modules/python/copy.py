"""copy (to be written)."""
