"""posixpath (to be written)."""
