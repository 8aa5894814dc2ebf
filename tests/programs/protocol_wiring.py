# Behaviours that need the protocol layer to call into the builtin type
# modules (range equality/hash, dict view operators and comparisons).
r1, r2 = range(0), range(5, 5)
print("range eq", r1 == r2, range(1, 2) == range(1, 5, 10), range(0, 6, 2) == range(0, 5, 2), range(3) != range(4), range(3) == [0, 1, 2])
print("range hash", hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 5, 10)))
print("range as key", {range(3): "r"}[range(0, 3)])
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print("keys ops", sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print("reflected", sorted({"a", "q"} & k), sorted({"q"} | k), sorted({"a", "q"} - k), sorted(["a"] ^ k) if False else "skip")
print("items ops", sorted(d.items() & {("a", 1), ("b", 0)}), sorted(d.items() - {("a", 1)}))
print("keys compare", k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, k < {"a", "b", "c", "d"}, k >= {"a"}, k == d.keys())
print("items compare", d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.items() <= set(d.items()))
print("values identity", d.values() == d.values(), d.values() != d.values())
try:
    d.values() & {1}
except TypeError as e:
    print("values ops", e)
print("list mul msg")
try:
    [1] * "a"
except TypeError as e:
    print(" ", e)
try:
    m = [1, 2]
    m[0:1] = 5
except TypeError as e:
    print("slice assign msg", e)
class D(dict):
    pass
print("dict subclass repr", D(a=1), repr(D()))
