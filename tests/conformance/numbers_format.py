# Number formatting: repr of floats, format specs, rounding, int/float conversions.
vals = [0.1, 1/3, 2/3, 1e16, 1.5e-7, 123456789.123, -0.0, float("inf"), float("nan"), 1e22, 5e-324, 2**0.5]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2f}|", f"{v:+.1e}")
for n in [0, 7, -42, 255, 2**40, -(2**70), 1234567]:
    print(f"{n:d} {n:5d} {n:<6d}| {n:^7d}| {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:,} {n:_} {n:+d} {n:08d}")
print(f"{3.14159:08.3f} {-3.14159:08.3f} {42:*^10} {'s':>5} {'s':-<5} {1e-5:%} {0.256:.1%}")
print(format(1234.5678, ",.2f"), format(0.000123, ".2e"), format(123, "e"), format(1e100, "g"), format(12345678.9, "g"))
print(round(1.005, 2), round(2.5), round(-0.5), round(1e20), round(123.456, 1), round(-1.45, 1))
print(int(1e18), int(-2.5), int(2.9999), float(10**20), float("1_000.5"), 10**20 / 3, 7 // 2.0, -7 // 2, -7 % 3, 7 % -3, 2 ** -2)
print(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(-0.0), 3 * 0.1, 1 - 0.9)
print(divmod(-7, 2), divmod(7.5, -2), (-7).__floordiv__(2) if hasattr(int, "__floordiv__") else -4, 10 / 4, 10 // 4, 2 ** 100)
print(float.is_integer(3.0), (2.5).is_integer(), (0.5).as_integer_ratio(), (3.0).as_integer_ratio(), int.bit_length(255))
print("%.2f %5.1f %-8.3e %g %G %i %u" % (2.345, 3.14159, 12345.6789, 0.00001234, 1e20, 42, 7))
print(str(10**30), repr(2**64), -2**63, (2**64) // 3, (2**64) % 1000, 2**64 >> 3, 1 << 70, (2**65 - 1) & 0xFFFF)
print(max(1, 2.0), min(3, 2.5), sum([1, 2.5]), 1 == 1.0, 2**53 + 1 == float(2**53 + 1), hash(2**64) == hash(float(2**64)))
print(f"{12:{'>'}{6}}", f"{3.5!r:>6}", f"{'x'!r:^7}", f"{{literal}}", f"{1+1=}", f"{'nested ' + str(2)}")
