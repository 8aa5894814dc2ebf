# bisect: left/right, lo/hi, key, insort variants, errors.
import bisect


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


s = [1, 2, 2, 2, 4, 7, 7, 9]
for x in [0, 1, 2, 3, 4, 5, 7, 8, 9, 10]:
    print(x, bisect.bisect_left(s, x), bisect.bisect_right(s, x), bisect.bisect(s, x))
print("lo/hi", bisect.bisect_left(s, 2, 2), bisect.bisect_right(s, 2, 0, 3), bisect.bisect_left(s, 7, 6, 8))
print("lo>hi", bisect.bisect_left(s, 5, 5, 2), bisect.bisect_right(s, 5, 6, 3))
print("hi None", bisect.bisect_left(s, 7, 0, None), bisect.bisect_right(s, 7, hi=None))
print("kw", bisect.bisect_left(s, 2, lo=1, hi=5), bisect.bisect_right(a=s, x=4))
show("negative lo", lambda: bisect.bisect_left(s, 1, -1))
show("negative lo right", lambda: bisect.bisect_right(s, 1, lo=-3))
show("insort negative lo", lambda: bisect.insort(s, 1, -1))
show("bad type", lambda: bisect.bisect_left(s, "a"))
show("empty", lambda: (bisect.bisect_left([], 3), bisect.bisect_right([], 3)))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 8)]
key = lambda r: r[1]
print("key", bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key), bisect.bisect(recs, 10, key=key))
print("key lo/hi", bisect.bisect_left(recs, 3, 2, key=key), bisect.bisect_right(recs, 3, 0, 2, key=key))
ins = []
for v in [5, 3, 8, 3, 1, 9, 0, 5]:
    bisect.insort(ins, v)
print("insort", ins)
bisect.insort_left(ins, 4)
bisect.insort_right(ins, 4)
bisect.insort_left(ins, 100, 0, 2)
print("insort variants", ins)
people = [("ann", 20), ("bob", 30)]
bisect.insort(people, ("cat", 25), key=lambda p: p[1])
bisect.insort_left(people, ("dan", 30), key=lambda p: p[1])
bisect.insort_right(people, ("eve", 20), key=lambda p: p[1])
print("insort key", people)


class Tie:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


ts = []
for i, v in enumerate([2, 1, 2, 1, 3]):
    bisect.insort(ts, Tie(v, "abcde"[i]))
print("stable insort right", ts)
ts2 = []
for i, v in enumerate([2, 1, 2, 1, 3]):
    bisect.insort_left(ts2, Tie(v, "abcde"[i]))
print("insort left ties", ts2)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print("grades", "".join(grade(x) for x in [33, 99, 77, 70, 89, 90, 100, 59, 60]))
fl = [i / 4 for i in range(12)]
print("floats", bisect.bisect_left(fl, 1.0), bisect.bisect_right(fl, 1.0), bisect.bisect(fl, 1.1))
strs = sorted(["pear", "apple", "fig", "kiwi"])
print("strings", strs, bisect.bisect_left(strs, "banana"), bisect.bisect_right(strs, "kiwi"))
big = list(range(0, 100000, 3))
print("big", bisect.bisect_left(big, 29999), bisect.bisect_right(big, 30000), bisect.bisect_left(big, 10 ** 9))
t = tuple(range(10))
print("tuple seq", bisect.bisect_left(t, 5), bisect.bisect_right(range(10), 5))
