# Frame introspection: sys._getframe, f_code, f_lineno, f_back, gi_frame, tracebacks' frames.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
def g():
    yield 1
gen = g()
print(gen.gi_frame is not None, gen.gi_frame.f_code.co_name, gen.gi_code.co_name)
next(gen)
print(gen.gi_frame.f_lineno)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def outer():
    def inner():
        return sys._getframe().f_back.f_code.co_name
    return inner()
print(outer(), sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
print(caller.__code__.co_name, caller.__code__.co_argcount, where.__code__.co_varnames, caller.__code__.co_filename.endswith(".py"))
