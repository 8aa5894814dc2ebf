# json: dumps options, loads, round trips, custom encoders/decoders, errors.
import json
data = {"name": "weft", "version": [0, 1], "ok": True, "none": None, "ratio": 0.25, "nested": {"a": [1, {"b": "c"}]}, "uni": "é€"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2.5, "x", None, True, False, [], {}]), json.dumps("quote\"back\\slash\nnl\ttab"), json.dumps(1e100), json.dumps(-0.0))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float", True: "bool", None: "null"}), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.loads('[1, 2.0, "three", null, true, false, {"k": []}]'), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(" 42 "), json.loads("1e3"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"not serializable: {type(o).__name__}")
def dec(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
s2 = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=enc)
print(s2)
back = json.loads(s2, object_hook=dec)
print(type(back["p"]).__name__, back["p"].x, back["s"])
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps([Point(5, 6)], cls=Enc))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', "", "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.5]", parse_float=lambda s: "F" + s), json.loads('{"x": 1}', object_pairs_hook=lambda p: p))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
big = {"items": [{"id": i, "tags": ["t%d" % (i % 3)], "score": i * 1.5} for i in range(5)]}
assert json.loads(json.dumps(big)) == big
print(json.dumps(big, indent="\t")[:80].replace("\t", "<TAB>"))
