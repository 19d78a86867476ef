# Matrix and vector math with lists: multiplication, transpose, determinant, gaussian elimination.
def matmul(a, b): return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m): return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1: return m[0][0]
    if len(m) == 2: return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
def solve(a, b):
    n = len(a); m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [round(m[i][n] / m[i][i], 6) for i in range(n)]
A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
print(matmul(A, identity(3)) == A, transpose([[1, 2, 3], [4, 5, 6]]), det(A), det([[1, 2], [3, 4]]))
print(solve(A, [8, -11, -3]), matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
v = [3, 4]; print(sum(x * x for x in v) ** 0.5, [x / 5 for x in v], max(map(abs, [-7, 3, 5])))
pow2 = identity(2)
for _ in range(10): pow2 = matmul(pow2, [[1, 1], [1, 0]])
print(pow2, det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]), [[round(x, 2) for x in r] for r in [[1 / 3, 2 / 3]]])
