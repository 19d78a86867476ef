# Big integers: arithmetic, division/modulo signs, bit operations, pow with modulus, conversions.
a = 2 ** 200 + 12345; b = -(3 ** 100)
print(a, b, a + b, a * b, a // 7, a % 7, b // 7, b % 7, -a // -7, divmod(b, 1000))
print(a >> 100, a << 3, a & 0xFFFF, a | 1, a ^ a, ~a, -a, abs(b), a.bit_length(), b.bit_length())
print(pow(3, 1000, 10 ** 9 + 7), pow(2, 10 ** 5, 97), pow(-2, 101), pow(7, -1, 11) if True else 0)
print(int("123456789" * 5), int("-" + "ff" * 3, 16), int("1" * 70, 2), hex(2 ** 70), oct(-2 ** 40), bin(2 ** 65 + 1))
print(str(10 ** 50)[:10], len(str(3 ** 500)), 10 ** 20 == 1e20, 2 ** 64 > 1.8e19, float(2 ** 100), int(1e30))
import math
print(math.factorial(30), math.gcd(2 ** 100, 6 ** 50), math.comb(60, 30), math.isqrt(10 ** 40 + 1), math.lcm(12, 18) if hasattr(math, "lcm") else 36)
print(sum(range(10 ** 6)), (10 ** 18 + 1) * (10 ** 18 - 1), 12345678901234567890 % 97, -12345678901234567890 // 97)
print(round(2 ** 100, -28), f"{2 ** 100:,}", f"{2 ** 70:x}", f"{-(2 ** 70):>30}", format(10 ** 25, "e"))
print(hash(2 ** 100) == hash(2 ** 100), {2 ** 100: "big"}[2 ** 100], sorted([2 ** 80, -2 ** 80, 0]), max(2 ** 90, 2.0 ** 89))
