"""enum (to be written)."""
