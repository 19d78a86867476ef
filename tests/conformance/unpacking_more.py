# Unpacking: starred targets, nested, swaps, function call unpacking, dict merging.
a, *b, c = range(6); print(a, b, c)
*init, last = "hello"; print(init, last)
first, *rest = [1]; print(first, rest)
(x, y), z = (1, 2), 3; print(x, y, z)
[p, [q, r]] = [1, [2, 3]]; print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()): print(i, k, v)
m, n = n, m = 1, 2; print(m, n)
l = [1, 2, 3]; l[0], l[2] = l[2], l[0]; print(l)
def f(a, b, c=0, *d, e, **g): return a, b, c, d, e, g
print(f(*[1, 2], e=5), f(1, *(2, 3, 4), e=0, **{"z": 9}))
print([*range(3), *"ab"], {*[1, 2], *(2, 3)}, {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], 2))
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
def swap(pair): (a, b) = pair; return b, a
print(swap((1, 2)), *swap("xy"), sep="|")
data = [("x", 1, [2, 3]), ("y", 4, [5, 6])]
for name, n, (u, v) in data: print(name, n + u + v)
print(dict(zip(*[["a", "b"], [1, 2]])), list(zip(*zip([1, 2], [3, 4]))))
s = "k=v"; key, _, value = s.partition("="); print(key, value)
head, *_ = "abc"; print(head)
