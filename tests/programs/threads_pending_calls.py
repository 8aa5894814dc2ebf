# Pending calls (Py_AddPendingCall): other threads post calls that the main
# thread runs at its next safepoint; an exception raised by a call propagates
# in the main thread.
import threading

try:
    from _thread import _add_pending_call as post
except ImportError:  # CPython
    from _testcapi import _pending_threadfunc as post

main_ident = threading.get_ident()
ran = []


def make(i):
    def call():
        ran.append((i, threading.get_ident() == main_ident))
    return call


def poster(base, n, done):
    for i in range(n):
        while not post(make(base + i)):
            pass  # queue full: retry
    done.set()


dones = [threading.Event() for _ in range(3)]
ts = [threading.Thread(target=poster, args=(k * 100, 10, dones[k])) for k in range(3)]
for t in ts:
    t.start()
# Busy main loop: the calls run between its bytecodes.
while len(ran) < 30:
    pass
for t in ts:
    t.join()
print(len(ran), all(on_main for _, on_main in ran))
print(sorted(i for i, _ in ran) == sorted(k * 100 + i for k in range(3) for i in range(10)))
# Per poster, calls run in posting order.
for k in range(3):
    mine = [i for i, _ in ran if k * 100 <= i < k * 100 + 100]
    print("poster", k, "in order", mine == sorted(mine))


class Failed(Exception):
    pass


def failing():
    raise Failed("from a pending call")


go = []


def post_failing():
    while not go:
        pass
    post(failing)


# The main thread waits in a plain loop (not inside threading's lock code,
# where an exception from a pending call would leave a lock half-released).
t = threading.Thread(target=post_failing)
t.start()
try:
    go.append(1)
    n = 0
    while True:
        n += 1
except Failed as e:
    print("propagated:", repr(e))
t.join()

# A call posted by the main thread itself runs at the next safepoint.
ran.clear()
post(make(7))
for _ in range(10):
    pass
print(ran)
