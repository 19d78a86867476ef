def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco
    @register("add")
    def add(x, y):
        return x + y
    @register("mul")
    def mul(x, y):
        return x * y
    return ops
ops = make_ops()
print(sorted(ops), ops["add"](2, 3), ops["mul"](2, 3))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))
def trace(fn):
    def wrapped(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        return fn(*args, **kwargs)
    return wrapped
@trace
def greet(name, greeting="hello"):
    return f"{greeting} {name}"
print(greet("bob"), greet("amy", greeting="hi"))
def gen_fns():
    result = []
    for i in range(3):
        def f(i=i):
            return i * 10
        result.append(f)
    return result
print([f() for f in gen_fns()])
def counter_pair():
    value = 0
    def get():
        return value
    def inc():
        nonlocal value
        value += 1
    return get, inc
get, inc = counter_pair()
inc(); inc()
print(get())
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(recursive_closure())
