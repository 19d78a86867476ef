def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
calls = [
    ((1, 2, 3), {"d": 4}),
    ((1, 2), {"c": 3, "d": 4}),
    ((1,), {"c": 3, "d": 4}),
    ((1, 2, 3, 4), {"d": 4}),
    ((1, 2, 3), {}),
    ((1, 2, 3), {"d": 4, "f": 6}),
    ((1, 2, 3), {"d": 4, "c": 5}),
    ((), {"a": 1, "b": 2, "c": 3, "d": 4}),
]
for args, kwargs in calls:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
def g(x, y=1, *args, z, **kw):
    return x, y, args, z, kw
for args, kwargs in [((1,), {"z": 0}), ((1, 2, 3, 4), {"z": 0, "w": 9}), ((), {"z": 1}), ((1,), {})]:
    try:
        print(g(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
def h(a, b, c):
    pass
for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
    try:
        h(*args)
    except TypeError as e:
        print("TypeError:", e)
def one(a):
    pass
try:
    one(1, 2)
except TypeError as e:
    print("TypeError:", e)
def noargs():
    pass
try:
    noargs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, d=4, **{"d": 5})
except TypeError as e:
    print("TypeError:", e)
