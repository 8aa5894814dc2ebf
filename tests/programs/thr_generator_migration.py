# A generator started in one thread and resumed in others (after the first
# has exited): frames keep offsets, so each thread runs its own bytecode copy.
import threading


def counter(n):
    total = 0
    for i in range(n):
        got = yield i * i
        if got is not None:
            total += got
    return total


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"enter {depth}"
    yield from nested(depth - 1)
    yield f"leave {depth}"


gens = [counter(50) for _ in range(4)]
trees = [nested(6) for _ in range(4)]
log = []


def step(tag, k):
    for g in gens:
        log.append((tag, next(g)))
        log.append((tag, g.send(k)))
    for t in trees:
        log.append((tag, next(t)))


for round_no in range(5):
    th = threading.Thread(target=step, args=(f"t{round_no}", round_no))
    th.start()
    th.join()
    step("main", 100 + round_no)

print(len(log))
print(log[:6])
print(log[-6:])
results = []
for g in gens:
    try:
        while True:
            g.send(1)
    except StopIteration as e:
        results.append(e.value)
print(results)


# Many threads, each creating and finishing code objects' copies.
def work(i, out):
    def f(x):
        return sum(j * x for j in range(20))

    out[i] = [f(k) for k in range(30)]


outs = [None] * 12
for wave in range(3):
    ts = [threading.Thread(target=work, args=(i, outs)) for i in range(wave * 4, wave * 4 + 4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(sum(sum(o) for o in outs))
