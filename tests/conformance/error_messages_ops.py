cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: 1 - "x", lambda: "a" * "b",
    lambda: [1] * 1.5, lambda: -"a", lambda: ~1.5, lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0,
    lambda: 1.0 / 0, lambda: 2 ** "x", lambda: None + 1, lambda: {} + {}, lambda: (1, 2) - (1,),
    lambda: 1 < "a", lambda: [] > {}, lambda: None < None, lambda: "a" in 5, lambda: 3 in 5,
    lambda: len(5), lambda: abs("x"), lambda: [1, 2][5], lambda: (1,)[-2], lambda: "ab"[9],
    lambda: {"a": 1}["b"], lambda: [1][1.5], lambda: "x"["y"], lambda: 5[0], lambda: None[0],
    lambda: hash([]), lambda: {[]: 1}, lambda: {{}}, lambda: (1).foo, lambda: "s".nope,
    lambda: [].missing, lambda: None.attr, lambda: int("12a"), lambda: float("nan!"),
    lambda: [].pop(), lambda: [1].index(2), lambda: (1,).index(3), lambda: "abc".index("z"),
    lambda: [].remove(0), lambda: {1}.remove(2), lambda: set().pop(), lambda: {}.popitem(),
    lambda: chr(-5), lambda: ord(""), lambda: range(1, 2, 0), lambda: range("a"),
    lambda: iter(5), lambda: next([]), lambda: sorted(5), lambda: max([]), lambda: min(),
    lambda: sum(["a"]), lambda: int(None), lambda: divmod(1, 0), lambda: round("x"),
    lambda: "abc".split(""), lambda: "a".join([1]), lambda: "{}".format(), lambda: list(1),
    lambda: dict(1), lambda: tuple(5), lambda: set(3), lambda: 1(), lambda: "x"(), lambda: [](),
    lambda: (lambda a: a)(1, 2), lambda: (lambda *, k: k)(), lambda: print(end=5),
    lambda: "x".center(5, "ab"), lambda: [1, 2, 3][::0], lambda: 2 ** 10000.0,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
