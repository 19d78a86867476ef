def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose(a), matmul(a, identity(2)) == a)
m = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(m), det(identity(4)), det([[1, 2], [2, 4]]))
def mat_pow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
grid = [[(r * 3 + c) % 5 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
print([sum(col) for col in zip(*grid)], max(max(r) for r in grid))
