from . import core
from .core import greet as g
VALUE = g("sub") + " / " + core.__name__
