def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 40, 36 ** 5 - 1]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)], int(to_base(n, 36), 36) == n)
print([int(to_base(n, 7), 7) for n in range(-3, 4)])
print(bin(1023), oct(1023), hex(1023), f"{1023:b}", f"{1023:o}", f"{1023:X}")
