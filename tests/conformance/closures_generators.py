# Closures that capture generators, generators that capture closures, and late binding.
def make_counters():
    counters = {}
    for name in ("a", "b"):
        def gen(prefix=name):
            n = 0
            while True:
                n += 1
                yield f"{prefix}{n}"
        counters[name] = gen()
    return counters
c = make_counters(); print(next(c["a"]), next(c["a"]), next(c["b"]))
def accumulate_with(fn):
    total = 0
    def step(x):
        nonlocal total
        total = fn(total, x)
        return total
    return step
add = accumulate_with(lambda a, b: a + b); print([add(i) for i in range(5)])
def pipeline(*stages):
    def run(items):
        for s in stages: items = s(items)
        return list(items)
    return run
evens = lambda xs: (x for x in xs if x % 2 == 0)
squares = lambda xs: (x * x for x in xs)
print(pipeline(evens, squares)(range(10)))
def lazy_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = lazy_fib(); print([f() for _ in range(10)])
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]; print([list(g) for g in gens])
def outer():
    items = []
    def gen():
        while True:
            v = yield len(items)
            items.append(v)
    g = gen(); next(g)
    return g, items
g, items = outer(); g.send("x"); g.send("y"); print(items, g.send("z"))
