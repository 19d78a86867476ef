t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t * 2, t + (4,), (), (1,), tuple([5, 6]))
a, b, c = t
print(a, b, c)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(t.index(2), t.count(3), 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
a, b = 1, 2
a, b = b, a
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash((1, 2)) == hash((1, 2)))
s = 1,
print(s, type(s).__name__)
print(tuple(), tuple("ab"), (1, "a", None, 2.5))
