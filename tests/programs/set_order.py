# Iteration order of sets follows CPython's hash table (small ints come
# out in ascending order, whatever the insertion order).
s = {3, 1, 2, 3, 1}
print(s, list(s), len(s))
s.add(0)
s.discard(2)
print(s)
print({10, 5, 7} | {1, 9}, {5, 4, 3} & {3, 4}, {9, 8, 7} - {8}, {1, 3} ^ {2, 3})
print(set([30, 20, 10]), frozenset([6, 5, 4]), sorted({"b", "a"}))
print({x % 5 for x in range(20, 0, -1)})
print(list({100, 1, 50}), [x for x in {7, 3, 5}])
print({True, 2, 0})
