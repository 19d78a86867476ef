points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points):
    print(i, x * y, end="; ")
print()
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4, 5], [6]]:
    print(first, rest)
d = {"x": (1, 2), "y": (3, 4)}
for key, (lo, hi) in sorted(d.items()):
    print(key, lo, hi)
for k, v in zip("abc", range(3)):
    print(k * v, end="|")
print()
for _ in range(2):
    print("underscore loop")
head, *tail = "hello"
print(head, tail, "".join(tail))
a, (b, (c, d)) = 1, (2, (3, 4))
print(a + b + c + d)
