for n in [0, 1, -1, 255, -256, 2 ** 64 + 3, -(2 ** 70)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
for f in [0.0, -1.5, 0.1, 1e300, 2.5e-10]:
    print(f, f.is_integer(), f.as_integer_ratio(), f.real, f.imag, f.conjugate(), f.hex(), float.fromhex(f.hex()) == f)
print(True.bit_length(), False.numerator, (3).__index__() if hasattr(3, "__index__") else 3, int.__name__, float.__name__)
print((10).to_bytes(2, "big"), int.from_bytes(b"\xff\xff", "big", signed=True), (1024).bit_length(), (-1024).bit_count())
print(divmod(2 ** 70, 12345), pow(3, 200, 2 ** 61 - 1), (2 ** 70).__class__.__name__, abs(-(2 ** 70)), -(-5))
print(int("7" * 30) // 7, int("-" + "9" * 25) % 13, 10 ** 25 / 3, float(2 ** 80), int(1e25))
print(round(7.5), round(8.5), round(-7.5), round(1.05, 1), round(2.675, 2), round(1e300, -299) > 0)
