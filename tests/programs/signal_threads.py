# Python signal handlers run in the main thread, between bytecodes, while
# other threads run; signal.signal() only works in the main thread.
import signal
import threading
import time

main_ident = threading.get_ident()
calls = []


def handler(signum, frame):
    calls.append((signum, threading.get_ident() == main_ident))


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)

errors = []


def try_install():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        errors.append(str(e))
    print("getsignal works in threads:", signal.getsignal(signal.SIGUSR1) is handler)


t = threading.Thread(target=try_install)
t.start()
t.join()
print(errors)

# A worker raises the signal; the main thread, busy in a loop, runs the
# handler between bytecodes.
stop = threading.Event()


def busy_worker():
    x = 0
    while not stop.is_set():
        x += 1


workers = [threading.Thread(target=busy_worker) for _ in range(2)]
for w in workers:
    w.start()


def raiser():
    signal.raise_signal(signal.SIGUSR2)


r = threading.Thread(target=raiser)
r.start()
r.join()
deadline = time.monotonic() + 30
while not calls and time.monotonic() < deadline:
    pass
stop.set()
for w in workers:
    w.join()
print("handled in main thread:", calls)

# Delivered while the main thread waits in join().
calls.clear()


def later():
    time.sleep(0.05)
    signal.raise_signal(signal.SIGUSR1)
    time.sleep(0.05)


t = threading.Thread(target=later)
t.start()
t.join()
time.sleep(0.01)
print("during join:", calls)

# A handler's exception interrupts a sleep in the main thread.


class Stop(Exception):
    pass


def stopper(signum, frame):
    raise Stop(signum)


signal.signal(signal.SIGALRM, stopper)
start = time.monotonic()
signal.alarm(1)
try:
    time.sleep(10)
    print("sleep not interrupted")
except Stop as e:
    print("sleep interrupted by", e.args[0] == signal.SIGALRM, time.monotonic() - start < 5)

# A handler that does not raise lets the sleep finish.
signal.signal(signal.SIGALRM, handler)
calls.clear()
signal.alarm(1)
start = time.monotonic()
time.sleep(1.3)
print("slept through:", calls, time.monotonic() - start >= 1.25)
