# Classic sorting algorithms checked against sorted(), with stability checks.
import random
rng = random.Random(42)
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m], key), merge_sort(a[m:], key)
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if key(r[j]) < key(l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return list(a)
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(i, n):
        while True:
            l, r, big = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] > a[big]: big = l
            if r < n and a[r] > a[big]: big = r
            if big == i: return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    if not a: return []
    lo, hi = min(a), max(a)
    c = [0] * (hi - lo + 1)
    for x in a: c[x - lo] += 1
    return [i + lo for i, n in enumerate(c) for _ in range(n)]
def radix(a):
    a = list(a)
    exp = 1
    while a and max(a) // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a: buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a
for trial in range(6):
    n = rng.randint(0, 40)
    data = [rng.randint(-50, 50) for _ in range(n)]
    exp = sorted(data)
    res = [f(data) == exp for f in (bubble, insertion, merge_sort, quick, heap_sort, counting)]
    pos = [abs(x) for x in data]
    print(trial, n, res, radix(pos) == sorted(pos), exp[:6])
recs = [(rng.randint(0, 3), i) for i in range(20)]
print(merge_sort(recs, key=lambda r: r[0]) == sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0])[:8])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:8])
words = "delta Alpha charlie bravo echo Foxtrot alpha".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
print(bubble("sorting"), quick(list("quicksort")), heap_sort([3.5, -1.0, 2.25, 0.0]))
