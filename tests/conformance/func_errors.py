def f(a, b, c=3):
    return a + b + c
def kw(*, x):
    return x
def pos(a, /):
    return a
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, a=1, b=2),
    lambda: kw(),
    lambda: kw(1),
    lambda: pos(a=1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: None(),
    lambda: "abc"(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
