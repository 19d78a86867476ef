a = 2 ** 200
b = 3 ** 150
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, b // 7, b % 7, -a // 7, -a % 7, divmod(a, 12345678901))
print(a > b, a == 2 ** 200, a != b, -a < 0, abs(-a) == a)
print(a >> 100, a << 3, a & (2 ** 64 - 1), a | 1, a ^ a, ~a)
print(int(str(a)) == a, len(str(b)), str(-b)[:10])
print(a / b, float(a), 2 ** 1000 / 2 ** 999, (10 ** 50) / 3)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(pow(3, 200, 1000007), pow(2 ** 100, 3, 10 ** 9 + 7))
print(sum(range(10 ** 6)), 10 ** 18 + 10 ** 18, 9 ** 20)
f = 1
for i in range(1, 51):
    f *= i
print(f, f % (10 ** 9 + 7), f.bit_length())
print(round(2 ** 70, -20), int(1e30), float(2 ** 63), 2 ** 63 - 1 + 1)
print(sorted([2 ** 70, -5, 2 ** 65, 0]), max(2 ** 80, 3), min(-(2 ** 80), 1))
print(format(2 ** 70, ","), format(2 ** 70, "x"), hex(2 ** 65), bin(2 ** 40))
print(int("9" * 40) + 1, int("-" + "1" * 30, 2))
