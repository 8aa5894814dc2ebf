# Closures, nonlocal, global, late binding, cells shared between closures.
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
total = 0
def add_global(n):
    global total
    total += n
    return total
print(add_global(5), add_global(7), total)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        return inner()
    r = middle()
    return r, x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulate()
print(acc(1), acc(2), acc.__closure__[0].cell_contents)
print(make_counter.__code__.co_cellvars if hasattr(make_counter.__code__, "co_cellvars") else "", inc.__code__.co_freevars)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 5
unbound()
def gen_closure():
    v = 0
    def g():
        nonlocal v
        while True:
            v += 1
            yield v
    return g(), lambda: v
gen, peek = gen_closure()
print(next(gen), next(gen), peek())
def counter_factory(start):
    def counter():
        counter.calls += 1
        return start + counter.calls
    counter.calls = 0
    return counter
c = counter_factory(100)
print(c(), c(), c.calls)
x = "global x"
def read_global():
    return x
def local_in_class():
    x = "enclosing"
    class C:
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(read_global(), local_in_class())
def deep(n):
    fs = []
    for i in range(n):
        def f(j=i):
            return lambda: j * 2
        fs.append(f())
    return [g() for g in fs]
print(deep(4))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v + 1, abs)(-41), compose()(7))
