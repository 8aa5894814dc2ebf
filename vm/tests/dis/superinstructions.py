# LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST, and
# where they must not form (different lines, indices >= 16, LOAD_FAST_CHECK).
def fuse(a, b):
    c = a + b
    d, e = b, a
    a, b = c, d
    return a * e

def no_fuse(cond, a00, a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16):
    if cond:
        x = a00
    y = a16 + a15
    return x + y

def lines(a, b):
    p = a
    q = b
    return p, q
