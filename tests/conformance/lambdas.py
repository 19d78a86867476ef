sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, b=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, sq)(3), compose(sq, inc)(3))
fs = {op: (lambda a, b, op=op: eval_op(op, a, b)) for op in "+-"}
def eval_op(op, a, b):
    return a + b if op == "+" else a - b
print(fs["+"](5, 3), fs["-"](5, 3))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(6))))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
