def pos_only(a, b, /, c, *, d=4):
    return (a, b, c, d)
print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=5))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, x, y=2):
    return x + y
print(kw_only(x=1), kw_only(y=5, x=1))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)
def varargs(first, *rest, sep="-", **opts):
    return sep.join(map(str, (first,) + rest)) + str(sorted(opts.items()))
print(varargs(1), varargs(1, 2, 3, sep="+"), varargs(0, flag=True, level=2))
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(pos_only(*args, **kwargs), pos_only(*[1], *[2], c=3))
print(varargs(*range(3), **{"sep": ":"}, **{"z": 1}))
try:
    varargs(1, sep="a", **{"sep": "b"})
except TypeError as e:
    print("TypeError:", e)
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults.__defaults__)
def annotated(x: int, *args: str, y: "float" = 1.0, **kw: bool) -> None: pass
print(annotated.__annotations__)
print(pos_only.__code__.co_argcount, kw_only.__kwdefaults__, varargs.__defaults__)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, e=5)
except TypeError as e:
    print("TypeError:", e)
try:
    defaults()
except TypeError as e:
    print("TypeError:", e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    defaults(1, a=1)
except TypeError as e:
    print("TypeError:", e)
f = lambda *a, **k: (a, k)
print(f(), f(1, x=2), (lambda x, /, y: x - y)(5, y=3))
def gen_args(*a):
    yield from a
print(list(gen_args(*"abc")), max(*[3, 1, 2]), print(*[1, 2], sep=", ") is None)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
def unpack_in_call(**kw):
    return kw
print(unpack_in_call(**dict(a=1), b=2), {**{"x": 1}, "y": 2, **{"x": 3}})
print([*range(3), *"ab"], (*[1], 2), {*"aa", *"b"} == {"a", "b"})
