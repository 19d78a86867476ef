row = [1]
for n in range(12):
    print(" ".join(str(x) for x in row).center(60).rstrip())
    row = [a + b for a, b in zip([0] + row, row + [0])]
def choose(n, k):
    result = 1
    for i in range(1, k + 1):
        result = result * (n - i + 1) // i
    return result
print([choose(10, k) for k in range(11)], choose(100, 50))
