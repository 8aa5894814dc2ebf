# Defaults, keyword-only and positional-only parameters, *args/**kwargs,
# closures, nonlocal, global, decorators, lambdas and calls.
counter = 0

def deco(f):
    return f

@deco
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    global counter
    counter += 1
    return a + b + c + d + e + len(args) + len(kwargs)

def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get, lambda k: k * start

def calls(g, xs, kw):
    g(1, 2)
    g(1, x=2)
    g(*xs)
    g(1, *xs, 2)
    g(**kw)
    g(1, *xs, y=3, **kw)
    xs.append(1)
    xs.sort(key=len, reverse=True)
    xs.extend(*kw)
    return f(1, d=4)
