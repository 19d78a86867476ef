# Iterator classes: separate iterable/iterator objects, restartable iteration, infinite with islice.
import itertools
class Countdown:
    def __init__(self, start): self.start = start
    def __iter__(self): return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3); print(list(c), list(c), [x * 2 for x in c], sum(c))
it = iter(c); print(next(it), next(it), list(it), next(it, "done"))
class Cycle:
    def __init__(self, items): self.items = items; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        v = self.items[self.i % len(self.items)]; self.i += 1
        return v
print(list(itertools.islice(Cycle("abc"), 7)), list(zip(range(3), Cycle([True, False]))))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 50, Fib())), next(iter(Fib())))
class Bad:
    def __iter__(self): return 5
try: iter(Bad())
except TypeError as e: print(e)
class NoIter: pass
try:
    for x in NoIter(): pass
except TypeError as e: print(e)
