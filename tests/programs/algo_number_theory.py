# Number theory: sieve, factorization, gcd/lcm, modular inverse, CRT, perfect numbers, base conversion.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:20], ps[-5:])
def factorize(n):
    f, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
for n in [2, 12, 97, 360, 1001, 2 ** 20, 13195, 123456]:
    print(n, factorize(n))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
print(egcd(240, 46), modinv(3, 11), modinv(10, 17), pow(10, -1, 17))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError", e)
def crt(rems, mods):
    x, M = 0, 1
    for m in mods:
        M *= m
    for r, m in zip(rems, mods):
        Mi = M // m
        x += r * Mi * modinv(Mi, m)
    return x % M
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]))
perfect = [n for n in range(2, 300) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg, n = n < 0, abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(10 ** 30, 36), 36) == 10 ** 30)
def is_prime_mr(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(10 ** 12, 10 ** 12 + 40) if is_prime_mr(n)], is_prime_mr(2 ** 61 - 1), is_prime_mr(2 ** 61 + 1))
print(all(is_prime_mr(p) for p in ps), sum(is_prime_mr(n) for n in range(300)))
def digits_sum(n):
    return sum(map(int, str(n)))
print(digits_sum(2 ** 1000), digits_sum(3 ** 500), len(str(2 ** 1000)))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best))
print([n for n in range(1, 30) if n == int(str(n)[::-1])], [a * b for a in range(10, 14) for b in range(10, 12)])
