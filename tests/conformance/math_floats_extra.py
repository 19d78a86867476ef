import math
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1]*10), math.fsum([]))
print(math.modf(-3.5), math.modf(math.inf), math.frexp(0.0), math.frexp(-1e300), math.ldexp(1, -1080))
print(math.expm1(1e-10), math.log1p(1e-10), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.cbrt(27), math.exp2(10))
print(math.remainder(10, 3), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.dist([1, 2, 3], [4, 6, 8]))
for f, a in [(math.gamma, 0), (math.acosh, 0.5), (math.atanh, 1), (math.log1p, -1)]:
    try: f(a)
    except ValueError as e: print(e)
print((0.1).hex(), (-2.5).hex(), (1e-310).hex(), float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex(" 1.8p1 "), float.fromhex("inf"))
for s in ["0x", "1.8q1", "0x1p"]:
    try: float.fromhex(s)
    except ValueError as e: print(e)
try: float.fromhex("0x1p99999")
except OverflowError as e: print(e)
print(int.from_bytes(b"\x01\x00", "little"), float.fromhex(float.hex(3.14)) == 3.14)
