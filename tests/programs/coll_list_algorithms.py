# List idioms: rotation, chunking, flattening, dedup preserving order, transposition, binary search, two pointers.
def rotate(l, k):
    k %= len(l) if l else 1
    return l[-k:] + l[:-k] if k else list(l)
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([], 3), rotate([1], 10))
def chunks(l, n):
    return [l[i:i + n] for i in range(0, len(l), n)]
print(chunks(list(range(10)), 3), chunks([], 2), chunks("abcdefg", 2))
def flatten(x):
    out = []
    for v in x:
        out.extend(flatten(v) if isinstance(v, (list, tuple)) else [v])
    return out
print(flatten([1, [2, (3, [4])], [[5]], ()]))
def dedup(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedup([3, 1, 3, 2, 1, 4]), dedup("mississippi"), list(dict.fromkeys("banana")))
grid = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*grid)], [list(r) for r in zip(*grid[::-1])], [r[::-1] for r in grid])
def two_sum(nums, target):
    idx = {}
    for i, n in enumerate(nums):
        if target - n in idx:
            return idx[target - n], i
        idx[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 2))
def merge_sorted(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
print(merge_sorted([1, 4, 9], [2, 3, 10, 11]), merge_sorted([], [1]))
def partition(l, pred):
    yes, no = [], []
    for x in l:
        (yes if pred(x) else no).append(x)
    return yes, no
print(partition(range(10), lambda x: x % 3 == 0))
def running_max(l):
    out, m = [], None
    for x in l:
        m = x if m is None or x > m else m
        out.append(m)
    return out
print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))
def remove_all(l, v):
    l[:] = [x for x in l if x != v]
nums = [1, 2, 1, 3, 1]
alias = nums
remove_all(nums, 1)
print(nums, alias is nums)
stack, out = [], []
for ch in "a(b[c]{d}e)f":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        out.append(stack.pop() + ch)
print(out, stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]])
print([x for pair in zip([1, 3, 5], [2, 4, 6]) for x in pair], list(map(list, zip(*[iter(range(6))] * 2))))
l = [0] * 5
for i in range(5):
    l[i] = l[i - 1] + i
print(l, l.index(max(l)), l[::-1].index(0))
