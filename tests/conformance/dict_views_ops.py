d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
print(d.keys() & e.keys(), sorted(d.keys() | e.keys()), d.keys() - e.keys(), sorted(d.keys() ^ e.keys()))
print(d.items() & {("a", 1), ("b", 5)})
print("a" in d.keys(), ("a", 1) in d.items(), 1 in d.values(), ("a", 2) in d.items())
k = d.keys()
d["z"] = 26
print(list(k), len(k))
print(d.keys() == {"a", "b", "c", "z"}, d.keys() <= {"a", "b", "c", "z", "q"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d | e, {**d, **e} == d | e)
f = dict(d)
f |= {"new": 0}
print(f)
print(d.get("q"), d.get("q", 0), d.setdefault("a", 100), d.setdefault("w", 7), d)
print(d.pop("w"), d.pop("missing", "dflt"))
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError", ex)
print(d.popitem(), d)
d2 = dict.fromkeys("xyz", 0)
d2.update([("x", 1)], y=2)
print(d2)
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("k", "v")]))
print(sorted(d.items(), key=lambda kv: -kv[1]))
print({k: v for k, v in d.items() if v > 1})
print(min(d, key=d.get), max(d.values()), sum(d.values()))
it = iter(d)
try:
    d["another"] = 1
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(repr(d.keys()), repr(d.values()), repr(d.items()))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested)
print({1: "int", 1.0: "float", True: "bool"})
print(dict.__name__, type({}.keys()).__name__, type({}.items()).__name__)
c = d.copy(); c.clear(); print(c, d != c)
