"""typing (to be written)."""
