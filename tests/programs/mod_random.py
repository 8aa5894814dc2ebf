# random: CPython's exact Mersenne Twister sequences for integer seeds.
import random

for s in (0, 1, 42, 12345, 2 ** 32, 2 ** 64 + 17, -99, 10 ** 30):
    random.seed(s)
    print("seed", s, [random.random() for _ in range(3)])
    print("  randint", [random.randint(-5, 5) for _ in range(12)])
    print("  randrange", [random.randrange(100) for _ in range(6)],
          [random.randrange(3, 40, 4) for _ in range(6)],
          [random.randrange(50, 0, -7) for _ in range(6)])
    print("  choice", [random.choice("abcdefg") for _ in range(10)])
    xs = list(range(15))
    random.shuffle(xs)
    print("  shuffle", xs)
    print("  sample", random.sample(range(1000), 10), random.sample("abcdefghij", 4))
    print("  sample big k", random.sample(range(60), 25))
    print("  choices", random.choices("xyz", k=8),
          random.choices([1, 2, 3], weights=[10, 1, 1], k=8),
          random.choices("ab", cum_weights=[1, 5], k=6))
    print("  getrandbits", [random.getrandbits(k) for k in (1, 2, 7, 31, 32, 33, 63, 64, 65, 96, 127, 128, 200)])
    print("  uniform", [round(random.uniform(10, 20), 10) for _ in range(3)])
    print("  triangular", round(random.triangular(0, 10, 3), 10), round(random.triangular(), 10))
    print("  gauss", round(random.gauss(0, 1), 10), round(random.gauss(5, 2), 10))
    print("  normalvariate", round(random.normalvariate(0, 1), 10))
    print("  expovariate", round(random.expovariate(2.0), 10))
    print("  randbits big", random.getrandbits(1000) % 1000003)

print("bits", [random.Random(k).getrandbits(k) for k in range(1, 70, 3)])

r = random.Random(2023)
st = r.getstate()
print("state shape", st[0], len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(5)] + [r.randint(0, 10 ** 9) for _ in range(3)]
r.setstate(st)
b = [r.random() for _ in range(5)] + [r.randint(0, 10 ** 9) for _ in range(3)]
print("round trip", a == b, a[:2])
r2 = random.Random()
r2.setstate(st)
print("state transfer", r2.random() == a[0])
for _ in range(700):
    r.random()
st2 = r.getstate()
print("state after 700+ draws", st2[1][-1], r.random() == (r.setstate(st2) or r.random()))

r = random.Random(5)
print("instance", r.random(), r.randrange(0, 1000, 10), r.choice([True, False]))
random.seed(5)
print("module matches", random.random())

class MyRandom(random.Random):
    pass

print("subclass", MyRandom(3).random() == random.Random(3).random())

random.seed(11)
big = random.randrange(10 ** 40)
print("huge randrange", big, random.randint(-(10 ** 25), 10 ** 25))
print("randbytes", random.randbytes(6).hex())

random.seed(3)
deck = [(r, s) for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
print("hand", deck[:5])
print("counts sample", random.sample(["red", "blue"], counts=[4, 2], k=5))

def err(f, *a, **k):
    try:
        f(*a, **k)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(random.choice, [])
err(random.randrange, 0)
err(random.randrange, 5, 5)
err(random.randrange, 1, 10, 0)
err(random.randrange, 10, 1, 2)
err(random.randint, 3, 1)
err(random.sample, range(3), 4)
err(random.sample, range(3), -1)
err(random.sample, {1, 2, 3}, 2)
err(random.getrandbits, -1)
err(random.choices, "ab", [1, 2, 3])
err(random.choices, "ab", [1], cum_weights=[1])
err(random.choices, "ab", [0, 0])
err(random.setstate, (9, (), None))
print("getrandbits(0)", random.getrandbits(0))
