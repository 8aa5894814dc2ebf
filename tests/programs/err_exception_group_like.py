# raise ... from None hides the context; the last line shows the new exception.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None
print(get({"a": 1}, "a"))
get({}, "b")
