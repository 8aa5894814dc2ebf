# Asynchronous exceptions (PyThreadState_SetAsyncExc): raised in the target
# thread at its next eval-breaker check; the call returns how many threads
# were modified.
import threading

try:
    from _thread import _set_async_exc
except ImportError:  # CPython
    import ctypes

    def _set_async_exc(ident, exc):
        return ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(ident), None if exc is None else ctypes.py_object(exc))


class Cancelled(Exception):
    pass


started = threading.Event()
results = []


def spinner(k):
    n = 0
    try:
        started.set()
        while True:
            n += 1
    except Cancelled as e:
        results.append((k, type(e).__name__, n > 0))


for k in range(3):
    started.clear()
    t = threading.Thread(target=spinner, args=(k,))
    t.start()
    started.wait()
    print("modified", _set_async_exc(t.ident, Cancelled))
    t.join()
print(results)

# An instance is raised as is.
got = []


def spin2():
    try:
        started.set()
        while True:
            pass
    except KeyError as e:
        got.append(repr(e))


started.clear()
t = threading.Thread(target=spin2)
t.start()
started.wait()
print("modified", _set_async_exc(t.ident, KeyError))
t.join()
print(got)

# Unknown thread ids modify nothing; clearing an existing thread counts.
print("unknown", _set_async_exc(0x7fffffff, Cancelled))
flag = threading.Event()
cleared = []


def waiter():
    while not flag.is_set():
        pass
    cleared.append("finished normally")


t = threading.Thread(target=waiter)
t.start()
print("clear", _set_async_exc(t.ident, None))
flag.set()
t.join()
print(cleared)

# The main thread can target itself.
try:
    _set_async_exc(threading.get_ident(), Cancelled)
    for _ in range(5):
        pass
    print("not raised")
except Cancelled:
    print("raised in main")

# Uncaught in a thread: the thread ends, the others go on.
done = []


def victim():
    try:
        started.set()
        while True:
            pass
    finally:
        done.append("finally ran")


started.clear()
t = threading.Thread(target=victim)
t.start()
started.wait()
print("modified", _set_async_exc(t.ident, SystemExit))
t.join()
print(done, t.is_alive())
