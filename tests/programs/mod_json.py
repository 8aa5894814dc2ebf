import json

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

data = {"name": "weft", "n": 3, "f": 1.5, "big": 10**20, "neg": -0.0,
        "l": [1, 2, [3, {}], []], "t": (1, 2), "none": None, "b": [True, False],
        "s": "quote\" back\\ nl\n tab\t ctl\x01 uni é 😀 \x7f"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent=4, separators=(", ", " = ")))
print(json.dumps({3: 1, 2.5: 2, True: 3, None: 4, "z": 5}))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps([1e16, 1e-7, 0.1, 3.0, 123456789.125, float("nan"), float("inf"), -float("inf")]))
print(json.dumps("plain"), json.dumps(None), json.dumps(42), json.dumps(True))
show(json.dumps, {1, 2})
show(json.dumps, [object]) if False else None
show(json.dumps, float("nan"), allow_nan=False)
show(json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(json.dumps({1, 2}, default=sorted))
class P:
    def __init__(self, x): self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: {"x": o.x}))
circ = []
circ.append(circ)
show(json.dumps, circ)

for doc in ['{"a": [1, 2.5, -3, 1e3, 1E-2, 0, -0, -0.0]}', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"',
            '[true, false, null, NaN, Infinity, -Infinity]', '  {"x" : {"y" : []} }  ',
            '12345678901234567890123', '"\\u0041BC"', '[]', '{}', '[[[]]]']:
    show(json.loads, doc)

for bad in ['', '   ', '[1, 2', '[1, 2,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1] x', '"abc',
            '"a\\qb"', '"\\u12"', '"\\u12zz"', '{"a": 1 "b": 2}', 'nul', '01', '-', '1.', '[1,\n 2,\n x]',
            '"tab\there"', '{"a":', '[', '\ufeff[]', 'tru', '{"a":1}\n\n  }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)

show(json.loads, b'{"a": "\xc3\xa9"}')
show(json.loads, 5)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1, "a": 3}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('"x\\ty"', strict=False), json.loads('"x\ty"', strict=False))

import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
big = {"items": [{"id": i, "v": [i * 0.5, str(i)]} for i in range(50)]}
s = json.dumps(big)
print(len(s), json.loads(s) == big)
print(json.loads(json.dumps(data))["s"] == data["s"])
for bad in ['["é", x]', '{"é": 1, "😀" 2}', '["é\\q"]', '"é\x01"', '["é"] x', '"ééé', '[é]', '{"a": "😀", "b": [1, 2,]}\n']:
    try: print(json.loads(bad))
    except json.JSONDecodeError as e: print(e, e.pos)
print(json.loads('{"é": ["😀\\u00e9", "a\\"é"]}'))
print(json.JSONDecoder().raw_decode('["é"] tail'))
print(json.JSONDecoder().raw_decode('xx["é"] tail', 2))
