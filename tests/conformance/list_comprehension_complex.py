words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
print([w.lower() for w in words if len(w) > 4])
print([(w, len(w)) for w in words if w[0].isupper()])
print({w[0].lower(): w for w in words})
print({len(w) for w in words})
print([c for w in words for c in w if c in "aeiou"][:10])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[::-1] for row in matrix], [sum(r) for r in matrix])
print([[matrix[j][i] for j in range(3)] for i in range(3)])
print([x if x % 2 == 0 else -x for x in range(8)], [y for y in (x * x for x in range(6)) if y % 2])
print(sorted({x: x * x for x in range(-3, 4)}.items(), key=lambda kv: kv[1]))
