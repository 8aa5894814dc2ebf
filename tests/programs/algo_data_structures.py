# Hand-written data structures: linked list, BST, LRU cache, union-find, trie, min-stack.
class LinkedList:
    class Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self.Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse(); print(ll)
ll.push(0); print(ll, list(ll)[::2], LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(n):
            if n is None:
                return [k, None, None]
            if k < n[0]:
                n[1] = ins(n[1])
            elif k > n[0]:
                n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1]); yield n[0]; yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d:
            return -1
        v = self.d.pop(k)
        self.d[k] = v
        return v
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            del self.d[next(iter(self.d))]
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2)); c.put(4, 4)
print(c.get(1), c.get(3), c.get(4), list(c.d))
class DSU:
    def __init__(self, n):
        self.p = list(range(n)); self.r = [0] * n
    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.r[a] < self.r[b]:
            a, b = b, a
        self.p[b] = a
        self.r[a] += self.r[a] == self.r[b]
        return True
d = DSU(10)
print([d.union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (5, 6), (7, 8), (8, 9), (9, 7)]])
groups = {}
for i in range(10):
    groups.setdefault(d.find(i), []).append(i)
print(sorted(groups.values()))
class Trie:
    def __init__(self):
        self.root = {}
    def add(self, w):
        n = self.root
        for ch in w:
            n = n.setdefault(ch, {})
        n["$"] = True
    def starts(self, prefix):
        n = self.root
        for ch in prefix:
            if ch not in n:
                return []
            n = n[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(prefix + acc)
                else:
                    walk(n[k], acc + k)
        walk(n, "")
        return out
tr = Trie()
for w in "car card care cart cat dog dot do".split():
    tr.add(w)
print(tr.starts("car"), tr.starts("do"), tr.starts("x"), tr.starts(""))
class MinStack:
    def __init__(self):
        self.s = []
    def push(self, x):
        self.s.append((x, min(x, self.s[-1][1]) if self.s else x))
    def pop(self):
        return self.s.pop()[0]
    def min(self):
        return self.s[-1][1]
ms = MinStack()
out = []
for x in [5, 3, 7, 2, 8]:
    ms.push(x); out.append(ms.min())
while ms.s:
    out.append((ms.min(), ms.pop()))
print(out)
