# Everyday iteration patterns: parallel lists, pairwise differences, index tracking, dict building, unzip, transposition.
names = ["ann", "bob", "cy", "dee"]
scores = [88, 92, 75, 92]
ages = [31, 25, 40]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {n:<4} {s}")
print(dict(zip(names, scores)), list(zip(names, ages)), list(zip(*zip(names, scores))))
best = max(zip(scores, names))
print(best, [n for n, s in zip(names, scores) if s == max(scores)], sorted(zip(scores, names), reverse=True)[:2])
temps = [20.5, 21.0, 19.5, 22.25, 22.0]
print([round(b - a, 2) for a, b in zip(temps, temps[1:])], [i for i, (a, b) in enumerate(zip(temps, temps[1:])) if b < a])
print(list(enumerate("abc", 10)), list(enumerate([])), [(i, c) for i, c in enumerate("hello") if c == "l"])
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers, list(map(list, zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]]))))
index = {name: i for i, name in enumerate(names)}
print(index, [names[index[n]] for n in ["cy", "ann"]])
for a, b, c in zip(range(3), "xyz", [True, False, None]):
    print(a, b, c)
counts = {}
for pos, word in enumerate("to be or not to be".split()):
    counts.setdefault(word, []).append(pos)
print(counts)
it = iter(range(10))
print([(a, b) for a, b in zip(it, it)])
print(list(zip(*[iter("abcdefgh")] * 3)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), [sum(col) for col in zip([1, 2], [3, 4], [5, 6])])
rows = ["id,name", "1,ann", "2,bob"]
header, *body = [r.split(",") for r in rows]
print([dict(zip(header, r)) for r in body])
print(list(reversed(list(enumerate("abc")))), [i for i, _ in sorted(enumerate([30, 10, 20]), key=lambda p: p[1])])
