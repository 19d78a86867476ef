def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally in gen")
g = gen()
print(next(g))
g.close()
print(list(gen()))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def inner():
    x = yield "inner-1"
    print("inner received", x)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-done"
o = outer()
print(next(o), o.send("hello"))
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
def uses_exc_info():
    import sys
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
import sys
u = uses_exc_info()
print(next(u), sys.exc_info()[0], next(u))
gen_exp = (i * i for i in range(3))
print(sum(gen_exp), sum(gen_exp))
def running():
    yield g2.gi_running if False else "not checked"
g2 = running()
print(next(g2))
def recurse(n):
    if n:
        yield n
        yield from recurse(n - 1)
print(list(recurse(5)))
try:
    g3 = gen()
    next(g3)
    g3.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(gen())[:26])
