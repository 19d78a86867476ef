d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d["a"] = 100
print(d)
del d["b"]
print(d, d.pop("c"), d, d.pop("zz", "dflt"))
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.setdefault("x", 99), d.setdefault("new", []), d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}), dict.fromkeys("ab", 0))
e = {i: i * i for i in range(5)}
print(e, {k: v for k, v in e.items() if v % 2 == 0})
print(e.popitem(), e)
c = e.copy(); c.clear()
print(c, e == {0: 0, 1: 1, 2: 4, 3: 9}, {1: 2} == {1: 2.0})
for k in {"one": 1, "two": 2}:
    print(k)
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({"a": 1} | {"b": 2})
f = {"x": 1}
f |= {"y": 2}
print(f, sorted({"c": 1, "a": 2}), max({"a": 1, "b": 2}))
g = {}
for w in "the quick the lazy the end".split():
    g[w] = g.get(w, 0) + 1
print(g)
print({(1, 2): "tuple key", None: "none", 3.5: "float"})
