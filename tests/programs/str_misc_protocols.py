# str as a sequence and as a hashable: iteration, membership, dict keys, interning behavior, repr.
s = "mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(enumerate("abc")), list(zip("abc", "xyz")), list(reversed("abc")), list(map(str.upper, "ab")))
print("ss" in s, "sp" in s, s.count("ss"), s.count("i", 2), s.index("ss", 3))
print(hash("abc") == hash("ab" + "c"), {"key": 1}["k" + "ey"], len({"a", "a", "b"}))
print(str(123) + str([1, 2]) + str({"a": 1}) + str((1,)) + str(None))
print(repr("x"), str("x"), repr(repr("x")), "x".__repr__(), "x".__str__(), "a".__add__("b"), "ab".__len__(), "ab".__contains__("b"))
print("abc".__getitem__(1), "ab".__mul__(2), "ab".__rmul__(2), "a".__lt__("b"), "a".__eq__(1))
class S(str):
    pass
x = S("hello")
print(type(x).__name__, x.upper(), type(x.upper()).__name__, x + "!", type(x + "!").__name__, isinstance(x, str))
print(str.__name__, str.upper("abc"), str.join(",", ["a", "b"]))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(sum(1 for c in s if c in "aeiou"), "".join(sorted(set(s))), "".join(reversed(s)))
print(s.upper().lower() == s, s.title(), s[0].upper() + s[1:])
