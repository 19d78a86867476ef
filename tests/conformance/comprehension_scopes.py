x = "outer"
lst = [x for x in range(3)]
print(lst, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)], {i: z for i in range(2)}, {z * i for i in range(3)}
print(f())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[c * r for c in range(1, 4)] for r in range(1, 4)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [(lambda i=i: i) for i in range(3)]
print([fn() for fn in funcs2])
print({k: [v for v in range(k)] for k in range(4)})
print(sum(i for i in range(10) if i % 2), sorted(c for c in "hello" if c != "l"))
print([(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0])
total = 0
for v in [i * 2 for i in range(5)]:
    total += v
print(total, [n for n in [total] if (n2 := n * 2) > 0], n2 if False else "walrus ok")
values = [3, 8, 1, 9]
if (biggest := max(values)) > 5:
    print("biggest", biggest)
print([m := i for i in range(3)], m)
