# Context managers: __enter__/__exit__, exception suppression, nesting, contextlib.
import contextlib
class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Res("a") as r:
    print("body", r.name)
with Res("outer"), Res("inner") as i:
    print("nested body", i.name)
with Res("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Res("ns"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Res("ret"):
        return "returned"
print(early())
for i in range(3):
    with Res(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("p"):
        print("text", t)
@contextlib.contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled in generator:", e)
with catching():
    1 / 0
print("continued")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppress ok")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(Res(n))
    stack.callback(print, "callback ran")
    print("in stack")
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
rr = Reentrant()
with rr as a:
    with rr as b:
        print(a, b)
print(Reentrant.depth)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
from contextlib import redirect_stdout
import io
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print("buffer:", repr(buf.getvalue()))
