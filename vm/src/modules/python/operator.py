"""operator (to be written)."""
