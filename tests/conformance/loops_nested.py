for i in range(1, 4):
    for j in range(1, 4):
        print(f"{i * j:3d}", end="")
    print()
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = [(i, j) for i in range(4) for j in range(4) if i < j]
print(pairs, len(pairs))
count = 0
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 30:
            count += 1
            print((a, b, c), end=" ")
print()
print(count)
