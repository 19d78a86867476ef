data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
lines = iter(["a", "bb", "", "ccc"])
while (line := next(lines)):
    print("line", line)
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(9)})
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[1] for row in matrix], [[row[i] for row in matrix] for i in range(2)])
print([(x, y) for x in range(3) for y in range(x)], [x for x in range(20) if x % 2 if x % 3])
print([i if i % 2 else -i for i in range(5)], [c.upper() for c in "hey" if c != "e"])
gen = (x * x for x in range(5) if x != 2)
print(sum(gen), list(gen))
print(dict((k, len(k)) for k in ["ab", "c"]), set(map(abs, [-1, 1, -2])))
x = 10
print([x for x in range(3)], x)
print([[x for x in range(2)] for _ in range(2)], x)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
nested = {"a": [1, 2], "b": [3]}
print([(k, v) for k, vs in nested.items() for v in vs])
print(sorted({word: len(word) for word in "the quick brown the fox".split()}.items()))
a = b = c = [1]
a.append(2)
print(b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
print((lambda: (z := 5) + z)())
