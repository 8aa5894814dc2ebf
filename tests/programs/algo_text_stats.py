# Text processing: word frequencies, n-grams, a simple inverted index and a Caesar/Vigenere cipher.
from collections import Counter, defaultdict
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = ["".join(c for c in w.lower() if c.isalpha()) for w in text.split()]
words = [w for w in words if w]
freq = Counter(words)
print(len(words), len(freq), freq.most_common(6))
print(sorted(w for w, c in freq.items() if c == 2))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(4))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
for n, c in sorted(lengths.items()):
    print(f"{n:2} {'#' * c}")
lines = text.splitlines()
index = defaultdict(set)
for ln, line in enumerate(lines, 1):
    for w in line.lower().replace(",", " ").replace(".", " ").split():
        index[w].add(ln)
for q in ["age", "epoch", "season", "hope", "missing"]:
    print(q, sorted(index.get(q, ())))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz", 29))
def vigenere(s, key, sign=1):
    ks = [ord(k) - 97 for k in key]
    out, i = [], 0
    for c in s:
        if c.isalpha():
            out.append(chr((ord(c.lower()) - 97 + sign * ks[i % len(ks)]) % 26 + 97))
            i += 1
        else:
            out.append(c)
    return "".join(out)
v = vigenere("attack at dawn", "lemon")
print(v, vigenere(v, "lemon", -1))
def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())
print(is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
groups = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values()))
def rle(s):
    out = []
    for c in s:
        if out and out[-1][0] == c:
            out[-1][1] += 1
        else:
            out.append([c, 1])
    return "".join(f"{n}{c}" for c, n in out)
print(rle("aaabccddddde"), rle(""), rle("abc"))
print(" ".join(w[::-1] for w in "reverse each word".split()), "palindrome"[::-1], all(s == s[::-1] for s in ["racecar", "level", "noon"]))
