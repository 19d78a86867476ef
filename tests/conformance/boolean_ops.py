print(True and False, True or False, not True, not 0, not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [] or "last")
print([] and [1], [0] and "x", 3 and 0 and 4)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 1 < 2 > 0 < 5)
x = 5
print(0 < x <= 5, x is not None, x is None, None is None, [] is [], x in [1, 5], x not in (5,))
print(bool(0), bool(1), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(0.0), bool(None))
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
r2 = side(1, log) or side(2, log)
print(r, r2, log)
print(True == 1, False == 0, True + 0, isinstance(True, int), True is True)
a = b = []
print(a is b, a == [], [] == [], 1 is 1.0 if False else "skip")
