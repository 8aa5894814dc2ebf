# pprint: pformat of nested structures with width, sort_dicts, depth.
import pprint
data = {"name": "weft", "items": list(range(30)), "nested": {"b": [1, 2, {"c": "d" * 20}], "a": (1, 2)}, "empty": {}}
pprint.pprint(data)
print(pprint.pformat(data, width=40, sort_dicts=False))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(list(range(5))), pprint.pformat("x" * 10), pprint.isreadable([1, 2]), pprint.saferepr({"k": [1]}))
