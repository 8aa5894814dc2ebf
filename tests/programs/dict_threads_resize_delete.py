# Threads insert and delete their own int keys in one shared dict while the
# table is rebuilt under them: every operation must act on its own key (a
# lookup's entry index is revalidated after the lock is dropped), so the
# final contents are exact.
import threading

NTHREADS = 4
N = 1500


def run_once():
    d = {}
    start = threading.Barrier(NTHREADS)

    def writer(tid):
        start.wait()
        base = tid * 100000
        for i in range(N):
            d[base + i] = i * tid
        for i in range(0, N, 2):
            del d[base + i]
        for i in range(1, N, 4):
            d[base + i] = d.get(base + i, 0) + 1
        for i in range(3, N, 4):
            assert d.pop(base + i) == i * tid

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(NTHREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(d), sum(d.values()), tuple(sorted(d)[:3]), tuple(sorted(d)[-3:])


results = {run_once() for _ in range(4)}
print(len(results), sorted(results))
