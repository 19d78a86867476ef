# collections.Counter: |, &, unary + and -, in-place operators, equality, copy.
from collections import Counter
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4)
print(a | b, a & b, +a, -a, a == Counter(a=3, b=1, c=-2), Counter(x=0) == Counter(), a.copy())
a += b; print(a); a -= Counter(a=10); print(a)
c = Counter("aab"); c |= Counter("bbb"); print(c); c &= Counter("ab"); print(c)
