# contextlib details: contextmanager as decorator, exception identity, ExitStack unwinding order and suppression,
# closing, redirect_stdout nesting, suppress with subclasses.
import contextlib, io
@contextlib.contextmanager
def tracked(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    else:
        log.append(f"{name} clean")
    finally:
        log.append(f"exit {name}")
log = []
with tracked("a", log) as n:
    log.append(f"body {n}")
with tracked("b", log):
    raise KeyError("k")
try:
    with tracked("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append(f"outer caught {e}")
print(log)
log = []
@tracked("deco", log)
def decorated(x):
    log.append(f"call {x}")
    return x * 2
print(decorated(1), decorated(2), log)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
order = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        order.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        order.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress
with contextlib.ExitStack() as st:
    st.enter_context(CM("1"))
    st.enter_context(CM("2", suppress=True))
    st.enter_context(CM("3"))
    raise IndexError("boom")
print(order)
with contextlib.ExitStack() as st:
    st.callback(order.append, "cb1")
    moved = st.pop_all()
print(order[-1])
moved.close()
print(order[-1])
class Res:
    def close(self):
        print("Res closed")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    with contextlib.redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))
with contextlib.suppress(LookupError):
    {}["x"]
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed by KeyError")
print(contextlib.nullcontext().__enter__(), isinstance(contextlib.suppress(), contextlib.AbstractContextManager))
