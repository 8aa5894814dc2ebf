# Uncaught exception raised while handling another, inside nested calls.
def parse(text):
    return int(text)
def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise RuntimeError(f"bad value {v!r}") from e
    return out
print(load(["1", "2"]))
print("loading bad data")
load(["3", "x4"])
