# sys.exc_info, exception state restoration after handlers, exceptions as values, re-raising stored exceptions.
import sys
print(sys.exc_info())
try:
    raise ValueError("first")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("second")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())
def handler():
    return sys.exc_info()[1]
try:
    raise TypeError("seen by callee")
except TypeError:
    print(repr(handler()))
errors = []
for f in [lambda: 1 / 0, lambda: int("z"), lambda: [][0], lambda: None.attr]:
    try:
        f()
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print([str(e) for e in errors])
try:
    raise errors[0]
except ZeroDivisionError as e:
    print("re-raised stored", e is errors[0])
def g():
    try:
        yield
    except Exception:
        yield sys.exc_info()[0].__name__
it = g()
next(it)
print(it.throw(ValueError("into gen")))
print(sys.exc_info())
e = RuntimeError("with traceback")
print(e.__traceback__)
try:
    raise e
except RuntimeError:
    pass
print(e.__traceback__ is not None)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as v:
    print("bare raise keeps", v)
def nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        return sys.exc_info()[0].__name__
print(nested_handlers())
