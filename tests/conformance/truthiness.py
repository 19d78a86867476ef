things = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
for t in things:
    print(repr(t), bool(t), not t, "truthy" if t else "falsy")
print(any(things), all(things), sum(1 for t in things if t))
print(len([t for t in things if not t]))
