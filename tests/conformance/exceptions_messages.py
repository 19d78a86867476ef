# Error messages of common mistakes (CPython's exact wording).
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: None + 1, lambda: len(5),
    lambda: [1, 2][5], lambda: (1,)[3], lambda: "ab"[9], lambda: {}["k"], lambda: {"a": 1}[["x"]] if False else {}[0],
    lambda: int("abc"), lambda: float("x"), lambda: [].remove(1), lambda: [].pop(), lambda: {}.pop("k"),
    lambda: undefined_name, lambda: (1).foo, lambda: "s".foo, lambda: None.attr, lambda: [].nope(),
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 // 0,
    lambda: int(None), lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: max([]), lambda: min(()),
    lambda: "abc".index("z"), lambda: ord("ab"), lambda: chr(-5), lambda: list(5), lambda: dict([1]),
    lambda: hash([]), lambda: {[]: 1}, lambda: {set()}, lambda: iter(None), lambda: next(iter(())),
    lambda: "x" * "y", lambda: [1] * 1.5, lambda: -"s", lambda: ~1.5, lambda: 1 < "a", lambda: [] < {},
    lambda: (lambda a: a)(), lambda: (lambda a: a)(1, 2), lambda: (lambda: 0)(x=1), lambda: print(sep=1),
    lambda: "{} {}".format(1), lambda: "{0} {x}".format(1), lambda: "%d" % "s", lambda: "%s %s" % (1,),
    lambda: int("10", 99), lambda: round("x"), lambda: abs("x"), lambda: divmod(1, 0), lambda: pow(0, -1),
    lambda: object().x, lambda: setattr(object(), "x", 1), lambda: type("X", (), {})().y,
    lambda: [].__getitem__("a"), lambda: "abc"["a"], lambda: range("a"), lambda: range(1, 2, 0),
    lambda: {}.fromkeys(1), lambda: "a".join([1, 2]),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
