# Exception handling patterns in loops: retries, collecting errors, else clauses on loops, cleanup counters.
attempts = {"n": 0}
def flaky():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ConnectionError(f"attempt {attempts['n']} failed")
    return "connected"
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retry after:", e)
        continue
    else:
        print("success:", result, "after", i + 1, "tries")
        break
else:
    print("gave up")
def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(int(it))
        except (ValueError, TypeError) as e:
            bad.append((it, type(e).__name__))
    return good, bad
print(parse_all(["1", "x", None, "42", 3.9, "0x1"]))
for n in [3, 0, 5]:
    for d in [1, 0, 2]:
        try:
            print(n, d, n // d)
        except ZeroDivisionError:
            print(n, d, "skip")
            break
    else:
        print("inner completed for", n)
cleanups = 0
def task(i):
    global cleanups
    try:
        if i % 3 == 0:
            raise ValueError(i)
        return i
    finally:
        cleanups += 1
res = []
for i in range(10):
    try:
        res.append(task(i))
    except ValueError as e:
        res.append(f"err{e}")
print(res, cleanups)
def first_valid(cands):
    for c in cands:
        try:
            return float(c)
        except ValueError:
            pass
    raise LookupError("no valid candidate")
print(first_valid(["a", "b", "2.5", "3"]))
try:
    first_valid(["x"])
except LookupError as e:
    print("LookupError", e)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration
    except StopIteration:
        print("stopped at", i)
        break
    finally:
        print("tick", i)
errs = {}
for exc in [ValueError, TypeError, KeyError, ValueError]:
    try:
        raise exc("x")
    except (ValueError, TypeError) as e:
        errs[type(e).__name__] = errs.get(type(e).__name__, 0) + 1
    except Exception as e:
        errs["other"] = errs.get("other", 0) + 1
print(errs)
