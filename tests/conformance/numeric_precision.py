# Floating point in practice: summation error, isclose, rounding for display, integer cents.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals) if hasattr(math, "fsum") else 1.0, sum(vals) == 1.0, math.isclose(sum(vals), 1.0))
print(0.1 + 0.2, round(0.1 + 0.2, 10), f"{0.1 + 0.2:.17f}", repr(1 / 3), 2 / 3 * 3 == 2)
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(1.0, 1.0 + 1e-10))
price_cents = [1999, 2450, 5]; total = sum(price_cents)
print(f"${total // 100}.{total % 100:02d}", total / 100, divmod(total, 100))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int(-2.5), -2.5 // 1)
print(math.sqrt(2) ** 2, math.hypot(3, 4), math.pi * 2 == math.tau, math.e ** 1, math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(float("inf") > 1e308, math.isinf(float("-inf")), math.isnan(float("nan")), float("nan") == float("nan"), math.inf - math.inf)
print(sum([1e16, 1.0, -1e16]), [round(x, 2) for x in (2.675, 1.005, 0.125, 0.375)], format(2.675, ".2f"))
