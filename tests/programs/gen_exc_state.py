# sys.exc_info() inside generators: own handled exception kept across yields,
# falling back to the resumer's exception otherwise.
import sys
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
it = g()
print(next(it))
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    print(next(it))
    print(sys.exc_info()[0])
    print(next(it))
    print(sys.exc_info()[0])
def h():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(next(h()))
def outer():
    yield from g()
print(list(outer()))
