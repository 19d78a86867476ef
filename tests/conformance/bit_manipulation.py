def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], popcount(2 ** 100 - 1))
print([bin(i)[2:].zfill(4) for i in range(6)])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ, flags ^ WRITE)
x = 0b1011_0110
print(x >> 2, x << 3, x & 0xF, (x >> 4) & 0xF, -x >> 1, ~x & 0xFF)
def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out
print(reverse_bits(0b00000110), reverse_bits(1, 16), [1 << i for i in range(0, 70, 16)])
print(0xFFFFFFFF + 1, (1 << 64) - 1, (-1) & 0xFFFF, 12 ^ 10, 5 | 8)
