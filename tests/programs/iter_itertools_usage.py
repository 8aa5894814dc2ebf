# itertools in practice.
import itertools as it
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")))
print(list(it.islice(range(100), 10, 20, 3)), list(it.islice("abc", None)), sum(1 for _ in it.combinations(range(10), 3)))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in it.groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
print(list(it.chain(*[range(i) for i in range(4)])))
c = it.count()
print(next(c), next(c), next(c))
cyc = it.cycle([1, 2])
print([next(cyc) for _ in range(5)])
print(len(list(it.permutations(range(5)))), list(it.product()), list(it.combinations([], 0)))
