def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(5)), sum(count_up(101)), [x * 2 for x in count_up(4)])
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), count_up(2))))
def delegate():
    result = yield from count_up(2)
    yield "sub returned " + result
print(list(delegate()))
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gg = guarded()
print(next(gg))
gg.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught inside:", err)
c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))
try:
    c.throw(KeyError("k"))
except KeyError as k:
    print("propagated", k)
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc"]), any(x > 3 for x in count_up(10)))
lazy = (print("evaluated", x) for x in range(2))
print("nothing evaluated yet")
list(lazy)
def gen_with_return():
    yield 1
    return
print(list(gen_with_return()))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as r:
    print("RuntimeError:", r)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
gen = count_up(1)
print(iter(gen) is gen, next(gen), next(gen, "default"))
