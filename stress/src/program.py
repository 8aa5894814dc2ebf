# Weft stress program (run by the `stress` binary through the weft library).
# argv: SECONDS THREADS
#
# Worker threads run SHARED polymorphic code (call sites that see ints,
# floats, strs and instances of several classes in shifting proportions) for
# a bounded number of rounds, then exit; the main thread starts a new worker
# for each one that exits (taking its freed TLBC index) until the deadline.
# A mutator thread keeps changing class attributes and methods, module
# globals and builtins shadowing. Most changes are to semantically equal
# values (specializations are invalidated and re-made, results unchanged);
# every few it switches the WORLD STATE (class attributes, a shadowing
# subclass attribute, a method, a global) to one of STATES variants with
# different results, bracketed by a generation counter as a seqlock.
# Generators are started in one worker and finished in another.
#
# Checksums for every job in every world state are computed before any
# thread starts (main thread, no mutation running). A job that ran while
# the generation stayed the same (no state switch during it) must match the
# checksum of that state, so a specialization still using a cache from an
# earlier state is caught; jobs overlapping a switch are counted, not
# checked. Every generator's sum is compared with its closed form. Any
# mismatch or exception in a thread: exit status 1.

import sys
import threading
import time
import queue

SECONDS = float(sys.argv[1])
THREADS = int(sys.argv[2])
MOD = 1000000007

# ---------------------------------------------------------------- classes


class Base:
    k = 1

    def __init__(self, v):
        self.v = v

    def val(self):
        return self.v + self.k

    def __add__(self, other):
        return type(self)(self.v + other.v)

    def __bool__(self):
        return self.v % 3 != 0


def _val_a1(self):
    return self.v + self.k


def _val_a2(self):
    return self.k + self.v


class Derived(Base):
    k = 2

    def val(self):
        return self.v * 2 + self.k


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def val(self):
        return self.v - 1

    def __add__(self, other):
        return Slotted(self.v + other.v + 1)

    def __bool__(self):
        return True


class Prop:
    def __init__(self, v):
        self._v = v

    def _get_v(self):
        return self._v

    v = property(_get_v)

    def val(self):
        return self._v * 3

    def __add__(self, other):
        return Prop(self._v + other.v + 2)


def _get_v_alt(self):
    return self._v


# ---------------------------------------------------------------- globals

SCALE = 3
STATES = 4
# The world state (written by the mutator only, inside an odd generation).
STATE = 0
GEN = 0


def _slotted_val_a(self):
    return self.v - 1


def _slotted_val_b(self):
    return self.v * 5 - 1


def apply_state(w, prev):
    # Switches to world state w from state prev: results differ per state.
    global SCALE
    Base.k = 4 if w & 1 else 1
    if w & 2 and not prev & 2:
        del Derived.k  # Derived now inherits Base.k
    elif not w & 2 and prev & 2:
        Derived.k = 2
    Slotted.val = _slotted_val_b if w & 1 else _slotted_val_a
    SCALE = 5 if w & 2 else 3
OFFSET = 11
NAMES = {"a": 1, "b": 2, "c": 3}


def combine_v1(acc, r):
    return (acc * 31 + r) % MOD


def combine_v2(acc, r):
    return (r + acc * 31) % MOD


combine = combine_v1

# ---------------------------------------------------------------- polymorphic code


def mix(x, y):
    return x + y


def as_int(r):
    if type(r) is int:
        return r
    if type(r) is float:
        return int(r * 8)
    if type(r) is str:
        return len(r) * 31 + ord(r[0])
    return r.v


def attr_of(x):
    if type(x) in (int, float, str):
        return 0
    return x.v + x.val()


def truth(x):
    if x:
        return 1
    return 0


def make_item(kind, i):
    if kind == 0:
        return i
    if kind == 1:
        return i * 0.5
    if kind == 2:
        return "s" + str(i % 17)
    if kind == 3:
        return Base(i)
    if kind == 4:
        return Derived(i)
    if kind == 5:
        return Slotted(i)
    return Prop(i)


def make_items(seed, phase):
    # The proportions of the kinds shift with the phase: phase p favours
    # kind p (two thirds of the items), the rest cycle through all kinds.
    items = []
    for i in range(40):
        if (i * 7 + seed) % 3 != 0:
            kind = phase % 7
        else:
            kind = (i + seed) % 7
        items.append(make_item(kind, i + seed))
    return items


def job(seed, phase):
    items = make_items(seed, phase)
    acc = seed
    for x in items:
        r = mix(x, x)
        acc = combine(acc, as_int(r))
        acc = combine(acc, attr_of(x) + truth(x))
        acc = combine(acc, SCALE * OFFSET + len(NAMES))
    for key in ("a", "b", "z"):
        if key in NAMES:
            acc = combine(acc, NAMES[key])
    a, b = divmod(acc, 97)
    acc = combine(acc, a - b)
    t = (acc, seed, phase)
    for y in t:
        acc = combine(acc, y)
    return acc


NSEEDS = 12
NPHASES = 7
EXPECTED = {}
_prev = 0
for _w in range(STATES):
    apply_state(_w, _prev)
    _prev = _w
    for _s in range(NSEEDS):
        for _p in range(NPHASES):
            EXPECTED[(_s, _p, _w)] = job(_s, _p)
apply_state(0, _prev)
for _w in range(1, STATES):
    assert EXPECTED[(0, 5, _w)] != EXPECTED[(0, 5, 0)], "states must differ"

# ---------------------------------------------------------------- generators

GEN_N = 60


def gen(seed):
    for i in range(GEN_N):
        if i % 3 == 0:
            yield seed * i + i * i
        elif i % 3 == 1:
            yield float(seed * i + i * i)
        else:
            yield Base(seed * i + i * i)


def gen_expected(seed):
    n = GEN_N
    return seed * n * (n - 1) // 2 + (n - 1) * n * (2 * n - 1) // 6


def gen_value(v):
    if type(v) is int:
        return v
    if type(v) is float:
        return int(v)
    return v.v


handoff = queue.Queue()

# ---------------------------------------------------------------- bookkeeping

lock = threading.Lock()
errors = []
counts = {"jobs": 0, "unchecked": 0, "gens": 0, "cross_thread_gens": 0,
          "workers": 0, "mutations": 0, "switches": 0}
stop = threading.Event()


def bump(name, n=1):
    with lock:
        counts[name] += n


def fail(msg):
    with lock:
        errors.append(msg)
    stop.set()


def finish_generator():
    try:
        seed, g, total, owner = handoff.get_nowait()
    except queue.Empty:
        return
    for v in g:
        total += gen_value(v)
    want = gen_expected(seed)
    if total != want:
        fail("generator %d: sum %d, expected %d" % (seed, total, want))
    bump("gens")
    if owner != threading.get_ident():
        bump("cross_thread_gens")


def worker(wid, rounds, done):
    try:
        me = threading.get_ident()
        for r in range(rounds):
            if stop.is_set():
                break
            seed = (wid * 5 + r) % NSEEDS
            phase = (wid + r // 3) % NPHASES
            g1 = GEN
            w = STATE
            got = job(seed, phase)
            if GEN != g1 or g1 % 2:
                bump("unchecked")  # the world state switched meanwhile
                continue
            want = EXPECTED[(seed, phase, w)]
            if got != want:
                fail("worker %d round %d: job(%d, %d) in state %d = %d, expected %d"
                     % (wid, r, seed, phase, w, got, want))
                break
            bump("jobs")
            if r % 4 == 0:
                # Start a generator here; another worker finishes it.
                s = (wid + r) % 50
                g = gen(s)
                handoff.put((s, g, gen_value(next(g)), me))
            elif r % 4 == 2:
                finish_generator()
    except BaseException as e:
        fail("worker %d: %s: %s" % (wid, type(e).__name__, e))
    finally:
        done.put(wid)


def mutate(i):
    # Changes that keep every result (the mutator is the only writer).
    global combine, SCALE, OFFSET, NAMES
    m = i % 9
    if m == 0:
        Base.val = _val_a2 if i % 2 else _val_a1
    elif m == 1:
        # Same values, new type versions (the state decides the values).
        Base.k = 4 if STATE & 1 else 1
        if not STATE & 2:
            Derived.k = 2
    elif m == 2:
        Base.extra = i
    elif m == 3:
        del Base.extra
    elif m == 4:
        combine = combine_v2 if i % 2 else combine_v1
    elif m == 5:
        SCALE = int(str(SCALE))
        OFFSET = 10 + 1
        NAMES = dict(NAMES)
    elif m == 6:
        g = globals()
        g["_tmp_%d" % (i % 5)] = i
        g["len"] = len
    elif m == 7:
        g = globals()
        g.pop("_tmp_%d" % ((i + 2) % 5), None)
        g.pop("len", None)
    else:
        Prop.v = property(_get_v_alt if i % 2 else Prop._get_v)


def switch_state(i):
    # A seqlock write: workers check only jobs that saw one even GEN.
    global GEN, STATE
    w = (STATE + 1 + i % (STATES - 1)) % STATES
    GEN += 1
    apply_state(w, STATE)
    STATE = w
    GEN += 1


def mutator():
    try:
        i = 0
        while not stop.is_set():
            mutate(i)
            i += 1
            if i % 7 == 0:
                switch_state(i)
                bump("switches")
            if i % 3 == 0:
                time.sleep(0.002)
        bump("mutations", i)
    except BaseException as e:
        fail("mutator: %s: %s" % (type(e).__name__, e))


def main():
    deadline = time.monotonic() + SECONDS
    done = queue.Queue()
    live = {}
    next_id = 0
    mut = threading.Thread(target=mutator)
    mut.start()

    def spawn():
        nonlocal next_id
        wid = next_id
        next_id += 1
        rounds = 20 + (wid * 13) % 60
        t = threading.Thread(target=worker, args=(wid, rounds, done))
        live[wid] = t
        t.start()
        bump("workers")

    try:
        for _ in range(THREADS):
            spawn()
        wait_all(done, live, spawn, deadline)
    finally:
        stop.set()
    mut.join()
    while not handoff.empty():
        finish_generator()
    print("stress: %d workers, %d jobs checked (%d more overlapped a state "
          "switch), %d generators finished (%d resumed in another thread), "
          "%d mutations (%d state switches)"
          % (counts["workers"], counts["jobs"], counts["unchecked"],
             counts["gens"], counts["cross_thread_gens"], counts["mutations"],
             counts["switches"]))
    if errors:
        for e in errors:
            print("stress: MISMATCH:", e)
        raise SystemExit(1)
    print("stress: all checksums match")


def wait_all(done, live, spawn, deadline):
    while True:
        wid = done.get()
        live.pop(wid).join()
        if stop.is_set():
            break
        if time.monotonic() < deadline:
            spawn()
        elif not live:
            break
    stop.set()
    for t in list(live.values()):
        t.join()


main()
