# String comparison, sorting with keys, stability, and case-insensitive ordering.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(set(w.lower() for w in words)))
print(max(words), min(words), max(words, key=len), min(words, key=len))
print("a" < "b", "a" < "B", "abc" < "abcd", "" < "a", "Z" < "a", "10" < "9", "é" > "e")
print("abc" == "abc", "abc" != "ABC", "abc".lower() == "ABC".lower())
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
import operator
print(sorted(recs, key=operator.itemgetter(1, 0)))
l = list(words)
l.sort(key=lambda s: s[-1])
print(l)
nat = ["file10", "file2", "file1", "file20", "file3"]
def natkey(s):
    head = s.rstrip("0123456789")
    return (head, int(s[len(head):]))
print(sorted(nat), sorted(nat, key=natkey))
print([w for w in words if w.startswith(("a", "A"))], words.count("apple"), words.index("date"))
