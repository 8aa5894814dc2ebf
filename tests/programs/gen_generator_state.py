# Generators keep local state across yields; multiple independent instances; closures in generators.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f1, f2 = fib(), fib()
print([next(f1) for _ in range(10)], next(f2), next(f2), next(f1))
def make_counter_gen(start):
    count = start
    def bump():
        nonlocal count
        count += 100
    def gen():
        nonlocal count
        while count < start + 500:
            yield count
            count += 1
    return gen(), bump
g, bump = make_counter_gen(0)
print(next(g), next(g))
bump()
print(next(g), next(g))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for gg in list(gens):
            try:
                yield next(gg)
            except StopIteration:
                gens.remove(gg)
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
def roundrobin_sched():
    log = []
    def task(name, n):
        for i in range(n):
            log.append(f"{name}{i}")
            yield
    tasks = [task("a", 3), task("b", 1), task("c", 2)]
    while tasks:
        t = tasks.pop(0)
        try:
            next(t)
            tasks.append(t)
        except StopIteration:
            log.append(f"done")
    return log
print(roundrobin_sched())
def gen_with_exception():
    yield 1
    raise ValueError("inside generator")
ge = gen_with_exception()
print(next(ge))
try:
    next(ge)
except ValueError as e:
    print("ValueError", e)
try:
    next(ge)
except StopIteration:
    print("exhausted after exception")
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def running():
    yield g_self.gi_running
g_self = running()
print(next(g_self))
def reentrant():
    yield next(gr)
gr = reentrant()
try:
    next(gr)
except ValueError as e:
    print("ValueError", e)
def lines():
    yield "a"
    yield "b"
print("-".join(lines()), list(enumerate(lines())), dict.fromkeys(lines()), sorted(lines(), reverse=True))
