# Floor division, modulo and divmod of big ints against CPython's results: every sign combination,
# quotients of 0, -1 and near 2**63 (the edge of the short-quotient path), exact divisions,
# divisors whose leading bits are all ones, and results that shrink back to small ints.


def lcg(seed):
    # A deterministic stream of 64-bit numbers (no dependence on the random module).
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed


gen = lcg(12345)


def big(bits):
    n = 0
    while n.bit_length() < bits:
        n = (n << 64) | next(gen)
    return n >> (n.bit_length() - bits) if n else 1


def check(a, b):
    q, r = a // b, a % b
    assert divmod(a, b) == (q, r), (a, b)
    assert q * b + r == a, (a, b)
    assert (r == 0) or ((r < 0) == (b < 0)), (a, b)
    assert abs(r) < abs(b), (a, b)
    return q, r


def digest(pairs):
    # A short, exact summary of many results.
    h = 0
    for q, r in pairs:
        h = (h * 1000003 + q * 31 + r) % (2**89 - 1)
    return h


signs = [(1, 1), (1, -1), (-1, 1), (-1, -1)]

print("small quotients, all signs")
for bbits in (65, 96, 128, 129, 1000, 4000):
    b = big(bbits)
    for qv in (0, 1, 2, 3, 9, 10, 2**62, 2**63 - 1, 2**63, 2**64 + 1):
        for rv in (0, 1, b // 2, b - 1):
            a = b * qv + rv
            for sa, sb in signs:
                q, r = check(sa * a, sb * b)
                print(bbits, qv, rv == 0, sa, sb, q == (sa * sb) * qv, q, r % 1000003)

print("divisor of all-ones leading bits")
for bbits in (65, 127, 128, 640):
    b = 2**bbits - 1
    for qv in (1, 5, 2**40 + 7, 2**61 + 3, 2**62 - 1):
        for sa, sb in signs:
            for a in (b * qv + b - 1, b * qv, b * qv - 1, (b + 1) * qv):
                q, r = check(sa * a, sb * b)
                print(bbits, qv, sa, sb, q, r % 999983)

print("dividend shorter than divisor")
for sa, sb in signs:
    a, b = big(300), big(400)
    print(sa, sb, check(sa * a, sb * b) == ((0, sa * a) if sa == sb else (-1, sa * a + sb * b)))
    print(sa, sb, check(sa * 5, sb * b) == ((0, sa * 5) if sa == sb else (-1, sa * 5 + sb * b)))
    print(sa, sb, check(0, sb * b))

print("random sizes")
pairs = []
for i in range(3000):
    abits = 1 + next(gen) % 3000
    bbits = 1 + next(gen) % 3000
    a, b = big(abits), big(bbits)
    if next(gen) % 3 == 0:
        a = b * (next(gen) >> (next(gen) % 64)) + (next(gen) % b)
    sa = 1 if next(gen) % 2 else -1
    sb = 1 if next(gen) % 2 else -1
    pairs.append(check(sa * a, sb * b))
print(len(pairs), digest(pairs))

print("small divisors and mixed small/big")
x = big(2000)
for d in (1, -1, 2, -3, 7, 10, -10, 2**31 - 1, 2**62, -(2**62), 2**63 - 1, 2**63, -(2**64)):
    for s in (1, -1):
        q, r = check(s * x, d)
        print(d, s, q % 1000003, r)
print(check(12345, x), check(-12345, x))
print(check(2**70 + 5, 3), check(-(2**70) - 5, 7))

print("results that shrink to small ints")
b = big(500)
for qv in (0, 1, 42, -42, 2**40):
    q, r = check(b * qv + 17, b)
    print(qv, q, r, type(q) is int, q == qv, r == 17, hash(q) == hash(qv), hash(r) == hash(17))
print((b * 7) // b == 7, (b * 7) % b == 0, (b * 7 - 1) // b == 6, hash((b * 3) // b) == hash(3))
print((-b * 7) // b == -7, (-b * 7 - 1) // b == -8, (-b * 7 - 1) % b == b - 1)
print({(b * 5) // b: "five"}[5], (b * 5) // b in {5}, (b * 5 + 3) % b in (3,))

print("big equality with small")
y = 2**100
print((y - (y - 5)) == 5, (y + 5 - y) is not None, (y * 3 - y * 2 - y + 9) == 9)
print(y // (y // 2) == 2, {y // y: 1}, sorted([y // (y // 3), 2, 4]))

print("huge products")
p = big(20000) * big(30000)
print(p.bit_length() in (49999, 50000), p % 1000000007, (p // big(20000)) % 1000003)
f = 1
for k in range(1, 1500):
    f *= k
print(f % (10**20 + 39), len(str(f)), f // (f // 1499) == 1499, f % (f // 1499))

print("spigot digits")
q, r, t, k, out = 1, 0, 1, 1, []
while len(out) < 60:
    d3, d4 = (q * 3 + r) // t, (q * 4 + r) // t
    if d3 == d4:
        out.append(d3)
        q, r = 10 * q, 10 * (r - d3 * t)
    else:
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
print("".join(map(str, out)))

print("division by zero")
for a in (big(200), -big(200), 0, 5):
    for op in (lambda a: a // 0, lambda a: a % 0, lambda a: divmod(a, 0)):
        try:
            op(a)
        except ZeroDivisionError as e:
            print(e)

print("word-sized divmod")
for a, b in [(True, 2), (-7, True), (-(2**63), -1), (2**63 - 1, -2), (-(2**63), 3), (2**62, -(2**62) - 1)]:
    print(a, b, divmod(a, b), a // b, a % b)
