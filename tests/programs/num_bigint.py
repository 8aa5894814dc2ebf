# Arbitrary-precision integers.
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(divmod(a, -b))
print(a.bit_length(), b.bit_length(), (a - 1).bit_length())
print(str(10 ** 50)[:10], len(str(10 ** 50)), len(str(7 ** 300)))
print(hex(a), oct(b)[:20], bin(2 ** 70 + 1))
print(a == 2 ** 200, a > b, a < b * b, -a < -b)
print(a >> 190, a << 10 >> 205, (a | b) & 0xFFFF, a ^ (a - 1))
print(~a, -a, abs(-a) == a)
print(int("123456789" * 5), int("-" + "9" * 40) + 1)
print(pow(2, 1000, 10 ** 9 + 7), pow(12345678901234567890, 3, 98765432109876543210))
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150], fib[200])
print(sum(fib) % (10 ** 12))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50, f50 // fact(48), f50 % 1000003)
print(str(fact(100)).count("0"), sum(int(c) for c in str(fact(100))))
import math
print(math.gcd(fact(30), 2 ** 40 * 3 ** 5), math.isqrt(10 ** 40 + 12345), math.factorial(25))
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 64 in {2 ** 64: 1}, float(2 ** 60), int(float(2 ** 60)))
print(round(123456789123456789, -5), round(-987654321987654321, -10))
print((2 ** 100).to_bytes(13, "big"), int.from_bytes(b"\xff" * 16, "little"))
print(f"{2**100:,}", f"{3**50:_}", f"{2**80:x}", f"{-2**70:>40}", f"{10**30:e}")
print(10 ** 20 / 10 ** 10, (10 ** 30) / 7, 2 ** 100 / 2 ** 99)
print(-(10 ** 25) // 3, -(10 ** 25) % 3, (10 ** 25) // -3)
x = 1
for i in range(1, 40):
    x = x * 31 + i
print(x, x % 97, x.bit_length())
print(max(2 ** 65, 2 ** 64 + 2 ** 63), min([-2 ** 80, 5, 2 ** 90]), sorted([2 ** 70, -3, 2 ** 64, 0]))
