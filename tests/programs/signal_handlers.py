# The signal module: installing handlers, SIG_DFL/SIG_IGN, raise_signal,
# errors, and handlers that raise.
import signal

got = []


def handler(signum, frame):
    got.append(signum)


print("constants", signal.SIGHUP, signal.SIGINT, signal.SIGKILL, signal.SIGUSR1,
      signal.SIGUSR2, signal.SIGALRM, signal.SIGTERM, signal.SIGCHLD, signal.NSIG)
print("SIG_DFL", signal.SIG_DFL, "SIG_IGN", signal.SIG_IGN)
print("int handler", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print("default_int_handler", signal.default_int_handler)
print("initial USR1", signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

old = signal.signal(signal.SIGUSR1, handler)
print("previous", old == signal.SIG_DFL, int(old))
print("installed", signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print("after two more", got)

print("restore", signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", got)
print("now", int(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom("signal %d" % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Boom as e:
    print("handler raised", repr(e))

# A handler raising in the middle of a loop: caught around the loop.
signal.signal(signal.SIGUSR2, raiser)
count = 0
try:
    for i in range(100):
        count += 1
        if i == 10:
            signal.raise_signal(signal.SIGUSR2)
except Boom as e:
    print("loop stopped", count, e)

# KeyboardInterrupt through default_int_handler.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

# Errors, with CPython's messages.
for args in [(0, handler), (signal.NSIG, handler), (-1, handler),
             (signal.SIGUSR1, 5), (signal.SIGUSR1, "x"), (signal.SIGUSR1, None),
             (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN)]:
    try:
        signal.signal(*args)
        print("no error", args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for f, a in [(signal.getsignal, 0), (signal.getsignal, 65), (signal.strsignal, 0),
             (signal.raise_signal, 0), (signal.raise_signal, 100), (signal.raise_signal, -3)]:
    try:
        print(f.__name__, a, f(a))
    except (ValueError, OSError) as e:
        print(f.__name__, a, type(e).__name__, e)

print(signal.strsignal(signal.SIGINT), "|", signal.strsignal(signal.SIGTERM), "|",
      signal.strsignal(signal.SIGUSR1), "|", signal.strsignal(32))
v = signal.valid_signals()
print(type(v).__name__, len(v), min(v), max(v), 32 in v, signal.SIGRTMIN in v)
print("alarm", signal.alarm(0))
