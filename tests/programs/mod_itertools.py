# itertools: every iterator, argument errors, laziness and consumption.
import itertools as it
import operator


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


take = lambda n, i: list(it.islice(i, n))
print("count", take(4, it.count()), take(3, it.count(-2, -3)), take(3, it.count(1.5, 0.5)), take(2, it.count(step=2)))
c = it.count(7)
next(c)
print("count repr", repr(c), repr(it.count(1, 2)), repr(it.count(0.5)), repr(it.count(2, 1)))
show("count bad", lambda: it.count("a"))
show("count bad step", lambda: it.count(1, "s"))
print("cycle", take(7, it.cycle("abc")), take(3, it.cycle([])), take(5, it.cycle(iter([1, 2]))))
print("repeat", list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)), take(2, it.repeat(None)))
r = it.repeat("q", 2)
print("repeat repr", repr(r), end=" ")
next(r)
print(repr(r), repr(it.repeat([1])))
show("repeat no args", lambda: it.repeat())
print("repeat kw", list(it.repeat(object="o", times=2)))
print("accumulate", list(it.accumulate(range(1, 6))), list(it.accumulate([2, 3, 1], operator.mul)), list(it.accumulate([])))
print("accumulate initial", list(it.accumulate([1, 2], initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate("abc")))
print("accumulate func+initial", list(it.accumulate([5, 3, 8], max, initial=4)), list(it.accumulate([1, 2, 3], lambda a, b: a - b)))
print("chain", list(it.chain()), list(it.chain("ab", [], range(2))), list(it.chain.from_iterable(["xy", (1,), []])))
lazy = it.chain.from_iterable(it.repeat([1, 2]))
print("chain lazy", take(5, lazy))
ch = it.chain([1], 5)
print("chain error lazy", next(ch), end=" ")
show("", lambda: next(ch))
print("compress", list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print("dropwhile", list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(bool, [1, 2])))
print("takewhile", list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(bool, [])))
src = iter(range(10))
print("takewhile consumes", list(it.takewhile(lambda x: x < 3, src)), list(src))
print("filterfalse", list(it.filterfalse(lambda x: x % 3, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print("starmap", list(it.starmap(operator.add, [(1, 2), (3, 4)])), list(it.starmap(max, ["ab", [3, 1, 2]])))
print("zip_longest", list(it.zip_longest("ab", range(4))), list(it.zip_longest()), list(it.zip_longest([1], fillvalue=0)))
print("zip_longest 3", list(it.zip_longest("a", "bcd", "ef", fillvalue="*")))
print("pairwise", list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.pairwise([])))

print("groupby", [(k, "".join(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print("groupby key", [(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
gb = it.groupby("aabbcc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print("groupby invalidated", k1, list(g1), k2, list(g2))
gb = it.groupby([1, 1, 2])
k, g = next(gb)
print("groupby partial", next(g), next(gb)[0], list(g))
print("groupby empty", list(it.groupby([])))
recs = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
print("groupby records", {k: [v for _, v in g] for k, g in it.groupby(recs, operator.itemgetter(0))})

print("islice", list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, None)), list(it.islice("abcdefg", 1, 6, 2)))
print("islice none", list(it.islice("abc", None)), list(it.islice("abcdef", None, None, 2)), list(it.islice("abc", 5, 9)))
src = iter(range(20))
print("islice consumption", list(it.islice(src, 2, 8, 3)), next(src))
src = iter(range(10))
print("islice start past end", list(it.islice(src, 3, 3)), next(src))
for args in [(), ("a",), ("a", -1), ("a", "x"), ("a", -1, 3), ("a", 0, "y"), ("a", 1, 3, 0), ("a", 1, 3, -1),
             ("a", 1, 2, 3, 4), (5, 2), ("abc", 1.0)]:
    show("islice%r" % (args,), lambda: list(it.islice(*args)))


class Idx:
    def __index__(self):
        return 2


print("islice __index__", list(it.islice("abcdef", Idx())))

t1, t2, t3 = it.tee(iter("abc"), 3)
print("tee", next(t1), list(t2), list(t1), list(t3))
show("tee negative", lambda: it.tee([], -1))
print("tee zero", it.tee([1], 0))
a, b = it.tee(x * x for x in range(4))
c2, = it.tee(a, 1)
print("tee of tee", list(c2), list(b))

print("product", list(it.product("ab", "xy")), list(it.product()), list(it.product("ab", [])))
print("product repeat", len(list(it.product(range(3), repeat=4))), list(it.product([0, 1], repeat=2)), list(it.product("a", repeat=0)))
show("product negative", lambda: it.product("a", repeat=-1))
print("permutations", list(it.permutations("abc", 2)), len(list(it.permutations(range(6)))))
print("permutations edge", list(it.permutations([], 0)), list(it.permutations([1], 2)), list(it.permutations("ab", 0)))
show("permutations negative", lambda: it.permutations("a", -1))
print("combinations", list(it.combinations(range(4), 3)), list(it.combinations("ab", 0)), list(it.combinations("ab", 3)))
show("combinations negative", lambda: it.combinations("a", -1))
show("combinations missing r", lambda: it.combinations("a"))
print("cwr", list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)),
      list(it.combinations_with_replacement([], 2)), len(list(it.combinations_with_replacement(range(5), 3))))
show("cwr negative", lambda: it.combinations_with_replacement("a", -2))
for name, f in [("zip_longest", lambda: it.zip_longest(5)), ("cycle", lambda: it.cycle(5)),
                ("accumulate", lambda: it.accumulate(5)), ("starmap", lambda: it.starmap(pow, 5)),
                ("pairwise", lambda: it.pairwise(5)), ("groupby", lambda: it.groupby(5)),
                ("compress", lambda: it.compress(5, [1])), ("product", lambda: it.product(5)),
                ("permutations", lambda: it.permutations(5)), ("takewhile", lambda: it.takewhile(bool, 5)),
                ("dropwhile", lambda: it.dropwhile(bool, 5)), ("filterfalse", lambda: it.filterfalse(None, 5)),
                ("tee", lambda: it.tee(5))]:
    show("not iterable " + name, f)
print("iter protocol", all(iter(x) is x for x in [it.count(), it.cycle("a"), it.repeat(1), it.chain(), it.islice("a", 1),
                                                   it.groupby(""), it.tee("a")[0], it.product("a")]))
primes = [n for n in range(2, 40) if all(n % d for d in range(2, n))]
print("sliding", [sum(w) for w in zip(*(it.islice(primes, i, None) for i in range(3)))][:6])
print("flatten", list(it.chain.from_iterable(it.repeat((1, 2), 3))))
print("runs", [len(list(g)) for _, g in it.groupby([1, 1, 0, 0, 0, 1, 0, 0])])
print("roundrobin", [x for x in it.chain.from_iterable(it.zip_longest("ABC", "D", "EF")) if x is not None])
