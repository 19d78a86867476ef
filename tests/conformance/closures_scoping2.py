# Closures, nonlocal, global, default arguments, late binding, function attributes.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(); print(c(), c(), c(5))
funcs = [lambda: i for i in range(3)]; print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]; print([f() for f in funcs])
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2))
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(6); print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
try:
    def bad():
        print(y)
        y = 1
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def kw_only(a, *, b, c=3): return (a, b, c)
def pos_only(a, b, /, c): return (a, b, c)
print(kw_only(1, b=2), kw_only(1, c=4, b=5), pos_only(1, 2, 3), pos_only(1, 2, c=3))
try: kw_only(1, 2)
except TypeError as e: print(e)
try: pos_only(a=1, b=2, c=3)
except TypeError as e: print(e)
def varargs(*args, **kwargs): return args, kwargs
print(varargs(), varargs(1, 2, x=3), varargs(*[1, 2], **{"y": 4}), varargs(*"ab", *[3]))
def documented(a: int, b: str = "x") -> bool:
    """Docstring here."""
    return True
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__annotations__)
print(kw_only.__kwdefaults__, documented.__code__.co_argcount, documented.__qualname__)
documented.custom = "attr"; print(documented.custom)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def greet(name): return "hi " + name
print(greet("bob"), greet.__name__)
import functools
def deco2(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco2
def named(): "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
def param_deco(times):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(times)]
        return w
    return d
@param_deco(3)
def one(): return 1
print(one())
x = 10
def reads_global(): return x
x = 20
print(reads_global())
class Scope:
    y = 5
    z = [y * i for i in range(3)] if False else None
    def m(self): return Scope.y
print(Scope().m())
def counter_gen():
    n = 0
    def get(): return n
    def set_(v):
        nonlocal n
        n = v
    return get, set_
get, set_ = counter_gen(); set_(42); print(get())
print((lambda *a, **k: (a, k))(1, z=2), (lambda x, y=2: x + y)(1), (lambda: None)())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
def recursive_closure():
    def even(n): return True if n == 0 else odd(n - 1)
    def odd(n): return False if n == 0 else even(n - 1)
    return even(10), odd(7)
print(recursive_closure())
