# Unpacking, augmented assignment on attributes/subscripts/slices, del,
# assert, walrus, chained comparison, conditional expressions, slices.
def misc(obj, seq, key):
    first, *rest = seq
    a, (b, c), *_ = seq
    obj.attr += 1
    seq[key] *= 2
    seq[1:2] += [3]
    seq[::2] = rest
    del obj.attr, seq[0], seq[1:], first
    assert seq, f"empty {seq}"
    if (n := len(seq)) > 2:
        return 0 < n <= 10 and b or c
    return seq[1:-1], seq[::-1], obj if key else None
