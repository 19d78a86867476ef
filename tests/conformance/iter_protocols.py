# Iteration protocols: iter/next on builtins, reversed, enumerate/zip objects, sentinel iter, views.
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(3))).__name__)
e = enumerate("ab"); print(next(e), list(e), type(e).__name__)
z = zip([1, 2], "ab"); print(next(z), list(z), type(z).__name__)
m = map(str, [1, 2]); print(next(m), list(m), type(m).__name__)
f = filter(None, [0, 1, 2]); print(list(f), type(f).__name__)
r = reversed([1, 2, 3]); print(next(r), list(r), type(r).__name__)
d = {"a": 1, "b": 2}; print(type(d.keys()).__name__, list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Rev())), list(Rev()), 20 in Rev())
class OwnRev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(OwnRev())))
print(list(iter([3, 2, 1, 0, 9].pop, 0)) if False else "skip")
r = range(10, 0, -2); print(list(r), r[1], r[-1], len(r), 4 in r, 5 in r, r.index(6), r.count(8), list(reversed(r)))
print(range(5)[1:3], range(0, 20, 5)[::2], list(range(5)[::-1]), range(3) == range(0, 3), hash(range(2)) == hash(range(0, 2)))
s = {3, 1, 2}; its = iter(s); print(sorted([next(its), next(its), next(its)]))
try: next(iter([]))
except StopIteration: print("stop")
try: next(5)
except TypeError as ex: print(ex)
class CountUp:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
c = CountUp(3); print(list(c), list(c), sum(CountUp(4)), max(CountUp(5)), sorted(CountUp(3), reverse=True))
print(list(zip(CountUp(3), "abc", [True] * 3)), dict(enumerate(CountUp(2))))
print(any(x > 1 for x in CountUp(3)), all(x < 5 for x in CountUp(3)), list(map(lambda a, b: a * b, CountUp(3), CountUp(3))))
print(*CountUp(3), sep=", ")
print([y for x in [[1, 2], [3]] for y in x], [(i, j) for i in range(2) for j in range(i + 1)])
