# Importing helper modules and a helper package: caching, aliases, from-imports, __all__, attributes.
import sys
import _helper_shapes
import _helper_shapes as shapes_again
print(_helper_shapes is shapes_again, _helper_shapes.__name__, _helper_shapes.load_count, _helper_shapes.PI_ROUNDED)
from _helper_shapes import Circle, Square as Sq, area_sum
print(Circle(1).area(), Sq(3).area(), area_sum([Circle(2), Sq(2)]))
ns = {}
exec("from _helper_shapes import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
print(_helper_shapes.not_exported(), _helper_shapes._private, "_helper_shapes" in sys.modules)
print(_helper_shapes.__doc__, _helper_shapes.__file__.endswith("_helper_shapes.py"))
import importlib
again = importlib.import_module("_helper_shapes")
print(again is _helper_shapes)
import _helper_pkg
print(_helper_pkg.VERSION, _helper_pkg.greet("pkg"), _helper_pkg.__name__, hasattr(_helper_pkg, "__path__"))
from _helper_pkg import sub
print(sub.VALUE)
import _helper_pkg.core as core_mod
print(core_mod.greet("alias"), "_helper_pkg.core" in sys.modules, "_helper_pkg.sub" in sys.modules)
from _helper_pkg.core import greet
print(greet is core_mod.greet is _helper_pkg.greet)
try:
    import _helper_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from _helper_shapes import nothing_here
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], e.name)
print(__name__, type(sys).__name__, sorted(k for k in vars(_helper_shapes) if k.startswith("area")))
