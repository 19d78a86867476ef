# Decorators with state: call counting, memoization by hand, retry, timing stubs, class decorators.
import functools
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
def square(x): return x * x
print([square(i) for i in range(4)], square.calls, square.__name__)
def retry(times):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError("gave up")
        return wrapper
    return deco
@retry(3)
def flaky(n, attempt):
    if attempt < n: raise ValueError(f"not yet ({attempt})")
    return f"ok on {attempt}"
print(flaky(2))
try: flaky(5)
except RuntimeError as e: print(e)
def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        cls.registered = True
        return cls
    return deco
REG = {}
@register(REG)
class Sword: pass
@register(REG)
class Shield: pass
print(sorted(REG), Sword.registered)
def debug_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(f, n=name):
                def w(*a, **k):
                    r = f(*a, **k); print(f"{cls.__name__}.{n} -> {r!r}"); return r
                return w
            setattr(cls, name, make(val))
    return cls
@debug_methods
class Calc:
    def add(self, a, b): return a + b
    def neg(self, a): return -a
Calc().add(2, 3); Calc().neg(4)
stacked = functools.partial(lambda a, b, c: a * 100 + b * 10 + c, 1)
print(stacked(2, 3), functools.partial(stacked, 5)(6), stacked.func(7, 8, 9), stacked.args)
