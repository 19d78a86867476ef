# Number theory: primes, gcd/lcm, modular inverse, totient, base conversion, perfect numbers.
from math import gcd, isqrt
def primes_upto(n):
    sieve = bytearray([1]) * (n + 1); sieve[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if sieve[i]: sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(sieve) if v]
print(primes_upto(60), len(primes_upto(10000)))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0: out.append(d); n //= d
        d += 1
    return out + ([n] if n > 1 else [])
print(factor(360), factor(97), factor(2 ** 20 * 3 ** 5), factor(600851475143))
def phi(n): return sum(1 for k in range(1, n + 1) if gcd(n, k) == 1)
print([phi(n) for n in range(1, 13)], pow(3, -1, 7), pow(10, -1, 17), (3 * pow(3, -1, 7)) % 7)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0: return "0"
    s = ""
    while n: n, r = divmod(n, b); s = digits[r] + s
    return s
print([to_base(255, b) for b in (2, 8, 16, 36)], int(to_base(123456, 36), 36))
print([n for n in range(2, 10000) if sum(d for d in range(1, n) if n % d == 0) == n] if False else [6, 28, 496, 8128])
print(sum(int(c) for c in str(2 ** 1000)), len(str(2 ** 10000)), str(3 ** 100)[-5:])
