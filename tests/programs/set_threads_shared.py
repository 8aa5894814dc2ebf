# Several threads add, test and discard disjoint keys of one shared set (each set operation is
# atomic, so every thread sees its own keys exactly); one thread uses keys with a Python __eq__
# whose hashes collide with the others' ints. The final contents are deterministic.
import threading

shared = set()
errors = []


class Boxed:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v  # same hash as the int v, never equal to it

    def __eq__(self, other):
        return isinstance(other, Boxed) and other.v == self.v


def worker(t, rounds):
    for r in range(rounds):
        mine = [t + 8 * k for k in range(40)]
        for x in mine:
            shared.add(x)
        for x in mine:
            if x not in shared:
                errors.append(("missing", t, r, x))
        for x in mine[::2]:
            shared.discard(x)
        for x in mine[::2]:
            if x in shared:
                errors.append(("still there", t, r, x))
        for x in mine[1::2]:
            shared.remove(x)


def boxed_worker(rounds):
    for r in range(rounds):
        boxes = [Boxed(8 * k + 7) for k in range(20)]
        for b in boxes:
            shared.add(b)
        for k in range(20):
            if Boxed(8 * k + 7) not in shared:
                errors.append(("boxed missing", r, k))
        for k in range(0, 20, 2):
            shared.discard(Boxed(8 * k + 7))
    for k in range(1, 20, 2):
        shared.remove(Boxed(8 * k + 7))


def copier(rounds):
    # Copies and merges snapshot the shared table under its lock: never a torn table.
    for r in range(rounds):
        for c in (set(shared), shared.copy(), shared | {-1}, frozenset(shared)):
            items = list(c)
            if len(items) != len(c) or len(set(items)) != len(c):
                errors.append(("torn copy", r))
        u = {-2, -3}
        u.update(shared)
        if -2 not in u or len(list(u)) != len(u):
            errors.append(("bad update", r))


threads = [threading.Thread(target=worker, args=(t, 40)) for t in range(6)]
threads.append(threading.Thread(target=boxed_worker, args=(40,)))
threads.append(threading.Thread(target=copier, args=(100,)))
for th in threads:
    th.start()
for th in threads:
    th.join()
for t in range(6):
    shared.add(t)
print(errors[:5], len(errors))
print(len(shared), sorted(shared))
