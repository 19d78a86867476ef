# A Matrix class with operator overloading, __getitem__ with tuples, iteration, equality and repr.
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0]) if self.rows else 0
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self): return iter(self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, o)])
    def __mul__(self, o):
        if isinstance(o, (int, float)): return Matrix([[a * o for a in r] for r in self])
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self])
    __rmul__ = __mul__
    def __matmul__(self, o): return self * o
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r @ self
        return r
    def T(self): return Matrix(zip(*self.rows))
    def __repr__(self): return "Matrix(" + repr(self.rows) + ")"
    def __str__(self): return "\n".join(" ".join(f"{v:>4}" for v in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m + m, 2 * m, m * m, m @ Matrix.identity(2) == m, m ** 3, m.T(), m.shape, m[1, 0])
m[0, 0] = 10; print(m); print(str(Matrix([[1.5, -2], [0, 100]])))
print(list(m), sum(sum(r) for r in m), max(v for r in m for v in r))
