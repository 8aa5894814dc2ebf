# Module objects as shared state: global updates through functions, attribute assignment, from-import copies.
import _helper_state
import _helper_state as hs
from _helper_state import counter, registry, bump
print(_helper_state.counter, counter, hs is _helper_state)
print(bump(), bump(5), _helper_state.counter, counter)
_helper_state.counter = 100
print(bump(), hs.counter, counter)
print(hs.register("a"), hs.register("b"), registry, registry is hs.registry)
hs.registry = ["replaced"]
print(registry, hs.registry)
hs.new_attr = "added from outside"
print(_helper_state.new_attr, sorted(k for k in vars(hs) if not k.startswith("_")))
del hs.new_attr
print(hasattr(_helper_state, "new_attr"))
import sys
print(sys.modules["_helper_state"] is hs, type(hs).__name__, hs.__name__)
def use_global():
    global counter
    counter = "local module rebinding"
    return counter
print(use_global(), counter, hs.counter)
print(getattr(hs, "missing", "default"))
try:
    hs.missing
except AttributeError as e:
    print("AttributeError", e)
