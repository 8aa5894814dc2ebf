"""collections (to be written)."""
