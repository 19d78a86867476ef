def describe(name, *tags, sep=", ", upper=False, **extra):
    s = name + ": " + sep.join(tags)
    if upper:
        s = s.upper()
    if extra:
        s += " " + str(sorted(extra.items()))
    return s
print(describe("a"))
print(describe("a", "x", "y"))
print(describe("a", "x", "y", sep="|"))
print(describe("a", "x", upper=True, color="red", size=3))
opts = {"sep": "/", "upper": False}
print(describe("b", *["p", "q"], **opts))
print(describe(name="c"))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))
def order(*args, **kwargs):
    return list(kwargs)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}))
print(dict(sorted({"b": 1, "a": 2}.items())), sorted(dict(c=3, a=1).items()))
print(max(3, 7, key=lambda v: -v), sorted([1, 3, 2], reverse=True), "a-b".split(sep="-"))
print(int("ff", base=16), round(number=2.567, ndigits=1), print is print)
