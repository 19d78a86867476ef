import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(5))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0), math.exp(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.fabs(-2), math.pow(2, 10), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(2 ** 70, 6 ** 30), math.factorial(20), math.factorial(30), math.comb(10, 3), math.comb(3, 5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1e308), math.isinf(-math.inf))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) == 10 ** 20)
