def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
g = 0
def set_global():
    global g
    g = 42
set_global()
print(g)
def shadow():
    g = "local"
    return g
print(shadow(), g)
def cell_param(a):
    def get():
        return a
    a = a * 2
    return get
print(cell_param(21)())
def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(fib_memo()(80))
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc()
a(1); a(2)
print(a(3))
