class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __bool__(self):
        return any(any(r) for r in self.rows)
    def __reversed__(self):
        return iter(self.rows[::-1])
    def __format__(self, spec):
        return "\n".join(" ".join(format(x, spec) for x in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m[1], len(m), 4 in m, 9 in m, list(m), m @ m, bool(Matrix([[0]])), list(reversed(m)))
print(f"{m:>3}")
print(m == Matrix([[1, 5], [3, 4]]), m != m, m.__hash__)
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else int(o * 100)))
    def __radd__(self, o): return self + o
    def __lt__(self, o): return self.cents < o.cents
    def __round__(self, nd=None): return Money(round(self.cents, -2))
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
    def __hash__(self): return hash(self.cents)
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
print(sum([Money(150), Money(275)]), sum([Money(1)], Money(0)), round(Money(1234)), int(Money(999)), float(Money(5)))
print(sorted([Money(3), Money(1)]), max(Money(3), Money(9)), abs(-Money(7)), hex(Money(255)), len({Money(1), Money(1)}))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)), 2 in Countdown(3), dict.fromkeys(Countdown(2)))
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return (a, k)
c = Callable()
print(c(1, x=2), c(), c.calls, callable(c))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *exc): return False
    def __len__(self): return 7
with Ctx() as cx:
    print(len(cx))
