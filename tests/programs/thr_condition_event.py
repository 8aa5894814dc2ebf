# Condition variables and Events coordinating threads in a fixed order.
import threading
cond = threading.Condition()
turn = [0]
log = []
def player(me, n_players, rounds):
    for r in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] % n_players == me)
            log.append(f"p{me}r{r}")
            turn[0] += 1
            cond.notify_all()
ps = [threading.Thread(target=player, args=(i, 3, 4)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(log)
ev = threading.Event()
seen = []
def waiter(i):
    ev.wait()
    with cond:
        seen.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
print("set?", ev.is_set())
ev.set()
for w in ws:
    w.join()
print(sorted(seen), ev.is_set(), ev.wait(0.01))
ev.clear()
print(ev.is_set(), ev.wait(0.01))
items = []
c2 = threading.Condition(threading.Lock())
def consumer(out):
    with c2:
        while not items:
            c2.wait()
        out.append(items.pop(0))
got = []
cs = [threading.Thread(target=consumer, args=(got,)) for _ in range(3)]
for c in cs:
    c.start()
for v in ["a", "b", "c"]:
    with c2:
        items.append(v)
        c2.notify()
for c in cs:
    c.join()
print(sorted(got))
with cond:
    print(cond.wait(timeout=0.01))
