# collections: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap in realistic use.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sorted(c.elements()))
c.update("aaz"); c.subtract({"b": 5})
print(sorted(c.items()), +c, -c if False else "", sum(c.values()), c.total())
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, c1 == Counter(b=1, a=3), Counter(a=1) <= c1)
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["new"], sorted(dd), dd.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1; nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dq = deque([1, 2, 3], maxlen=5)
dq.append(4); dq.appendleft(0); dq.append(5)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
dq.extendleft([10, 20]); print(dq, dq.popleft(), dq.pop(), dq.count(3), 3 in dq)
d2 = deque("abc"); d2.reverse(); d2.remove("b"); d2.insert(1, "X"); print(d2, list(reversed(d2)), d2.index("a"))
def tail(iterable, n):
    return list(deque(iterable, maxlen=n))
print(tail(range(100), 3), tail("hello", 10))
def moving_average(seq, n):
    it = iter(seq)
    d = deque()
    s = 0
    for x in it:
        d.append(x); s += x
        if len(d) > n:
            s -= d.popleft()
        if len(d) == n:
            yield s / n
print(list(moving_average([40, 30, 50, 46, 39, 44], 3)))
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("a", "eng", 100), Emp("b", "ops", 80), Emp("c", "eng", 120), Emp("d", "ops", 90)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, es in sorted(by_dept.items()):
    print(dept, [e.name for e in es], sum(e.salary for e in es), max(es, key=lambda e: e.salary).name)
print(staff[0]._asdict(), staff[0]._replace(salary=1), Emp._fields, staff[1] < staff[0])
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[0] is user)
cm["color"] = "blue"
print(user, defaults, cm.new_child({"x": 1})["x"], dict(cm.parents))
