import functools
from functools import partial, reduce
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(sq(7), cube_mod(4), sq.func is power, sq.args, sq.keywords)
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
@functools.lru_cache(maxsize=2)
def slow(n):
    print("compute", n)
    return n * 2
print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented(x: int) -> int:
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
print(Ver(1, 2) <= Ver(1, 3), Ver(2) > Ver(1, 9), Ver(1) >= Ver(1), sorted([Ver(3), Ver(1)])[0].p)
@functools.singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(5))
pm = functools.partialmethod if hasattr(functools, "partialmethod") else None
class Light:
    def set(self, state): self.state = state; return state
    on = functools.partialmethod(set, "on")
print(Light().on())
