# Scoping edge cases: comprehension scopes, class scopes, nonlocal chains, globals() and del.
x = 10
def outer():
    x = 20
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    r = middle()
    return r, x
print(outer(), x)
print([x for x in range(3)], x)
funcs = {}
for name in ["a", "b"]:
    def f(n=name): return n
    funcs[name] = f
print(funcs["a"](), funcs["b"]())
def g():
    global new_global
    new_global = "made"
g(); print(new_global, "new_global" in globals())
del new_global; print("new_global" in globals())
def h():
    if False:
        y = 1
    try:
        return y
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(h())
class C:
    v = 1
    w = [v for _ in range(2)] if False else None
    def m(self): return v if False else C.v
print(C().m(), C.w)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def get(): return c
    return inc, get
inc, get = counter(); inc(); inc(); print(get())
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
lambdas = [lambda x, i=i: x + i for i in range(3)]; print([l(10) for l in lambdas])
def gen_scope():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5): add(v)
    return total
print(gen_scope())
print(eval("x + 1"), eval("[x for x in 'ab']"), (lambda: x)())
