# Closures as objects: accounts with private state, dispatch dictionaries, memoizing factories, generators of closures.
def make_account(balance=0):
    history = []
    def deposit(x):
        nonlocal balance
        if x <= 0:
            raise ValueError("deposit must be positive")
        balance += x
        history.append(("+", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: {balance} < {x}")
        balance -= x
        history.append(("-", x))
        return balance
    def report():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
acct = make_account(100)
print(acct["deposit"](50), acct["withdraw"](30))
for op, amt in [("withdraw", 500), ("deposit", -5), ("deposit", 1)]:
    try:
        print(op, amt, acct[op](amt))
    except ValueError as e:
        print(op, amt, "error:", e)
print(acct["report"]())
other = make_account()
other["deposit"](7)
print(other["report"](), acct["report"]()[0])
def dispatcher():
    handlers = {}
    def on(event):
        def register(fn):
            handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(event, *args):
        return [h(*args) for h in handlers.get(event, [])]
    return on, emit
on, emit = dispatcher()
@on("greet")
def hello(name):
    return f"hello {name}"
@on("greet")
def hi(name):
    return f"hi {name}"
@on("add")
def add(a, b):
    return a + b
print(emit("greet", "bob"), emit("add", 2, 3), emit("missing"))
def memoize_factory():
    caches = []
    def memoize(fn):
        cache = {}
        caches.append(cache)
        def wrapper(*args):
            if args not in cache:
                cache[args] = fn(*args)
            return cache[args]
        return wrapper
    return memoize, caches
memoize, caches = memoize_factory()
@memoize
def slow_square(x):
    return x * x
@memoize
def slow_cube(x):
    return x ** 3
print([slow_square(i % 3) for i in range(6)], [slow_cube(2) for _ in range(3)], [sorted(c.items()) for c in caches])
def counters():
    for step in (1, 10, 100):
        def make(step=step):
            total = 0
            def inc():
                nonlocal total
                total += step
                return total
            return inc
        yield make()
incs = list(counters())
print([f() for f in incs], [f() for f in incs], [f.__closure__[0].cell_contents for f in incs])
