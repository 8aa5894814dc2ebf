# deque-based simulations: round-robin scheduling, Josephus problem, sliding window maximum, palindromes.
from collections import deque
def round_robin(jobs, quantum):
    q = deque(jobs.items())
    t, timeline = 0, []
    while q:
        name, left = q.popleft()
        run = min(quantum, left)
        t += run
        timeline.append(f"{name}@{t}")
        if left > run:
            q.append((name, left - run))
    return timeline
print(round_robin({"A": 5, "B": 2, "C": 7, "D": 3}, 2))
def josephus(n, k):
    d = deque(range(1, n + 1))
    out = []
    while d:
        d.rotate(-(k - 1))
        out.append(d.popleft())
    return out
print(josephus(7, 3), josephus(10, 2)[-1], josephus(1, 5))
def window_max(nums, k):
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3), window_max([4, 2], 1))
def is_pal(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "x"]])
hist = deque(maxlen=3)
for cmd in ["ls", "cd", "pwd", "echo", "exit"]:
    hist.append(cmd)
    print(list(hist))
d = deque([1, 2, 3])
d.extend([4, 5]); d.extendleft([0, -1])
print(d, d[0], d[-1], d.index(3), len(d), list(reversed(d)), d.count(1))
d.rotate(3); print(d)
d.clear(); print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
print(deque("abc", maxlen=2), deque(maxlen=0), deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([1, 2]) * 2)
