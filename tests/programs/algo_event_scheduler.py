# A discrete-event simulation: a single-server queue with a seeded RNG, event heap and statistics.
import heapq, random
rng = random.Random(11)
events = []
seq = 0
def schedule(t, kind, cid):
    global seq
    heapq.heappush(events, (t, seq, kind, cid))
    seq += 1
t = 0.0
for cid in range(12):
    t += round(rng.expovariate(1.0), 3)
    schedule(round(t, 3), "arrive", cid)
queue, busy, log = [], None, []
arrivals, starts, ends = {}, {}, {}
while events:
    now, _, kind, cid = heapq.heappop(events)
    if kind == "arrive":
        arrivals[cid] = now
        if busy is None:
            busy = cid
            starts[cid] = now
            schedule(round(now + round(rng.uniform(0.5, 1.5), 3), 3), "depart", cid)
        else:
            queue.append(cid)
    else:
        ends[cid] = now
        busy = None
        if queue:
            nxt = queue.pop(0)
            busy = nxt
            starts[nxt] = now
            schedule(round(now + round(rng.uniform(0.5, 1.5), 3), 3), "depart", nxt)
    log.append((now, kind, cid, len(queue)))
for entry in log:
    print("%8.3f %-6s c%-2d q=%d" % entry)
waits = [round(starts[c] - arrivals[c], 3) for c in sorted(arrivals)]
print("waits", waits)
print("avg wait %.4f max wait %.3f served %d" % (sum(waits) / len(waits), max(waits), len(ends)))
print("makespan %.3f" % max(ends.values()), all(starts[c] >= arrivals[c] for c in arrivals), sorted(ends, key=ends.get) == sorted(ends))
