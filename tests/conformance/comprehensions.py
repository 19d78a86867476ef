print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x: x ** 2 for x in range(4)}, {c for c in "mississippi"} == set("misp"))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc"), sorted(x for x in [3, 1, 2]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 2, 0]))
words = ["apple", "bob", "kayak", "dog"]
print([w for w in words if w == w[::-1]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = 10
print([x for x in range(3)], x)
print([y for y in [x, x + 1]])
print({k: v for k, v in zip("abc", range(3))})
print([i if i % 2 else -i for i in range(6)])
print([(lambda n: n * 10)(i) for i in range(3)])
def f():
    base = 100
    return [base + i for i in range(3)]
print(f())
print([a + b for a, b in [(1, 2), (3, 4)]], [a for a, *_ in [(1, 2, 3), (4, 5)]])
