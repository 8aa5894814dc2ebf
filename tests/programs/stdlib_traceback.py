# traceback: format_exc, format_exception_only, print_exc to a buffer, extract_tb.
import traceback, io, sys
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().count("\n") >= 4)
e = ValueError("bad")
print(traceback.format_exception_only(type(e), e), "".join(traceback.format_exception(e)).strip())
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
