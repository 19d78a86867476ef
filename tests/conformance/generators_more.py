# Generators and iterators: laziness, send, return values, generator expressions, itertools use.
import itertools
def counter(n):
    print("start")
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
g = counter(3)
print(next(g), g.send("hello"), next(g))
try: next(g)
except StopIteration as e: print("return value:", e.value)
print(list(counter(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)), next(itertools.dropwhile(lambda x: x < 50, fib())))
gen = (x * x for x in range(5)); print(type(gen).__name__, sum(gen), sum(gen))
print(list(x for x in range(10) if x % 3 == 0), max(len(w) for w in ["a", "abc", "ab"]))
def chain(*its):
    for it in its: yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(n):
    if n == 0: return
    yield n
    yield from tree(n - 1)
    yield -n
print(list(tree(3)))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
    return total
a = acc(); next(a); a.send(5); print(a.send(10))
try: a.send(None)
except StopIteration as e: print("final", e.value)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), [i for i in Countdown(2)])
it = iter([1, 2, 3]); print(list(zip(it, it)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.pairwise([1, 2, 3])) if hasattr(itertools, "pairwise") else "")
t1, t2 = itertools.tee([1, 2, 3]); print(list(t1), list(t2))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.repeat("x", 3)), list(itertools.islice(itertools.count(5, 2), 3)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.filterfalse(lambda x: x % 2, range(6))))
def early():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in early():
    print(v)
    break
print("after break")
e = early(); next(e); del e
print("after del")
g3 = (i for i in range(3)); print(next(g3), list(g3), list(g3))
def gen_with_return():
    yield 1
    return 5
def wrapper():
    result = yield from gen_with_return()
    yield result
print(list(wrapper()))
print(list(enumerate(x for x in "ab")), dict((k, v) for k, v in [("a", 1)]), set(x % 3 for x in range(10)))
def genexp_scope():
    n = 3
    return list(x * n for x in range(n))
print(genexp_scope())
g4 = counter(1)
print(g4.__name__, g4.__qualname__ if hasattr(g4, "__qualname__") else "", iter(g4) is g4)
