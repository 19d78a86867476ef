# math.isqrt, lcm, perm, prod.
import math
print(math.isqrt(99), math.lcm(4, 6, 10), math.lcm(), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2))
