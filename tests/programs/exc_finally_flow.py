# try/except/else/finally control flow with return, break, continue.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError
    finally:
        return "swallowed by return"
print(f3())
def f4(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "err"
    else:
        print("else")
        return r
    finally:
        print("finally", x)
print(f4(2), f4(0))
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def f5():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f5())
def f6():
    x = []
    while True:
        try:
            x.append(len(x))
            if len(x) > 2:
                break
        finally:
            x.append("f")
    return x
print(f6())
def f7():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f7()
def f8():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError("nested")
        except KeyError as e:
            return f"nested {e}"
print(f9())
def f10():
    count = 0
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                count += 1
        except ValueError:
            count += 10
    return count
print(f10())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("not here")
except ValueError as e:
    print("propagated", e)
def f11():
    try:
        raise ValueError("lost")
    except ValueError:
        return "returned from except"
    finally:
        print("finally after except-return")
print(f11())
x = 0
while x < 3:
    try:
        x += 1
        if x == 2:
            continue
    finally:
        print("while finally", x)
