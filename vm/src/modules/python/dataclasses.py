"""dataclasses (to be written)."""
