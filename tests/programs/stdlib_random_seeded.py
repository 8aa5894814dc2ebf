# random with fixed seeds: reproducible sequences, choices, shuffles, distributions.
import random
random.seed(12345)
print([random.randint(1, 100) for _ in range(10)])
print([round(random.random(), 6) for _ in range(5)])
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.randrange(0, 100, 5), random.randrange(10))
r = random.Random(99)
deck = list(range(20))
r.shuffle(deck)
print(deck)
print(r.sample(range(100), 8), r.sample("abcdefgh", 3))
print(r.choices("xyz", k=6), r.choices([1, 2, 3], weights=[10, 1, 1], k=8), r.choices("ab", cum_weights=[1, 10], k=5))
print(round(r.uniform(1, 2), 6), round(r.gauss(0, 1), 6), round(r.triangular(0, 10, 3), 6), round(r.expovariate(1.5), 6))
print(round(r.normalvariate(10, 2), 6), round(r.betavariate(2, 3), 6), round(r.lognormvariate(0, 1), 6), round(r.vonmisesvariate(0, 1), 6))
print(r.getrandbits(32), r.getrandbits(70), r.randbytes(6) if hasattr(r, "randbytes") else b"")
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b)
r1, r2 = random.Random("seed"), random.Random("seed")
print(r1.randint(0, 10 ** 9) == r2.randint(0, 10 ** 9), random.Random(1).random() == random.Random(1).random())
print(random.Random(0).randint(1, 6), random.Random(42).choice(range(1000)), random.Random(3.5).random() < 1)
counts = [0] * 6
rr = random.Random(2023)
for _ in range(600):
    counts[rr.randint(1, 6) - 1] += 1
print(counts, sum(counts))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rr.choice((-1, 1)))
print(walk)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
