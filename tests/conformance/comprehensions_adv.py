# Comprehensions: nested, conditional expressions, walrus inside, dict/set, generator consumers.
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
print({x: [y for y in range(x)] for x in range(4)}, {c for c in "mississippi"} == set("misp"))
print([(x, y) for x in range(3) for y in range(x, 3) if (x + y) % 2 == 0])
data = [3, -1, 4, -1, 5, -9]
print([x if x > 0 else 0 for x in data], [abs(x) for x in data if x < 0], sum(x * x for x in data))
print([y for x in data if (y := x * 2) > 4], [(y := i) for i in range(3)], y)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())}, dict((i, chr(97 + i)) for i in range(3)))
print([[c for c in w if c not in "aeiou"] for w in ["apple", "kiwi"]], ["".join(sorted(w)) for w in ("cba", "zyx")])
print(any(x > 4 for x in data), all(x != 0 for x in data), next((x for x in data if x < -5), None), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(list(zip(*[(1, "a"), (2, "b")])), [i for i in range(10)][::3], [c.upper() for c in "abc"][::-1])
gen = (n ** 2 for n in range(5)); print(list(gen), list(gen))
print(sorted({n % 4 for n in range(20)}, reverse=True), {n: n ** 2 for n in range(5) if n % 2 == 0})
