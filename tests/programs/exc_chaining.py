# Exception chaining: __context__, __cause__, __suppress_context__, raise from None.
def show(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        nxt = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
        e = nxt
    return " <- ".join(parts)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(show(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("explicit") from inner
except RuntimeError as e:
    print(show(e), e.__suppress_context__, e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(show(e), e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
try:
    try:
        try:
            [][0]
        except IndexError:
            raise KeyError("level2")
    except KeyError:
        raise OSError("level3")
except OSError as e:
    print(show(e))
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, show(e))
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        pass
    raise ValueError("after handled")
try:
    handler()
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally sees nothing new")
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as e1:
        try:
            raise TypeError("b")
        except TypeError as e2:
            print(e2.__context__ is e1)
            raise
except TypeError as e:
    print(show(e))
err = None
try:
    raise KeyError("saved")
except KeyError as exc:
    err = exc
print(repr(err), err.args)
try:
    exc
except NameError as ne:
    print("NameError", ne)
try:
    try:
        raise ValueError("orig")
    except ValueError as v:
        raise v
except ValueError as v2:
    print(v2.__context__)
