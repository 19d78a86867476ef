class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        items = []
        while n > 0:
            items.append(n)
            n -= 1
        return iter(items)
print(list(Countdown(5)), [x * 2 for x in Countdown(3)], max(Countdown(4)), 3 in Countdown(5))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(100)), sum(Fib(1000)))
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), callable(double), callable(Fib))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq())
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __len__(self):
        return len(self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1, 0], len(m), bool(Matrix([])))
