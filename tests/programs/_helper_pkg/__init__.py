"""Helper package for lang_import_helpers.py (not a test)."""
from .core import greet
VERSION = (1, 2)
print("init _helper_pkg", __name__, __package__)
