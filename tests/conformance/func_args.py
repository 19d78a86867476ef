def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def g(x, y, /, z, *, w):
    return x + y + z + w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(*args, **kwargs):
    return args, sorted(kwargs.items())
print(h(), h(1, 2), h(a=1), h(1, *(2, 3), *[4], b=2, **{"c": 3}))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def kwonly(*, a, b=1):
    return a * b
print(kwonly(a=3), kwonly(b=2, a=5))
def ret_multi():
    return 1, "two", [3]
a, b, c = ret_multi()
print(a, b, c)
def no_ret():
    pass
print(no_ret())
print(f.__name__, g.__qualname__, (lambda: 0).__name__)
def doc():
    "The docstring."
    return 1
print(doc.__doc__, f.__defaults__, kwonly.__kwdefaults__)
