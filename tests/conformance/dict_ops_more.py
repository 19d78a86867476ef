# dict operations: views, merging, ordering, errors, fromkeys, comprehension.
d = {"a": 1, "b": 2}
d2 = d | {"c": 3}
d |= {"a": 10}
print(d, d2, {**d, "z": 0}, dict(d, e=5), dict([("x", 1)], y=2), dict(zip("ab", (1, 2))))
print(list(d.keys()), list(d.values()), list(d.items()), list(reversed(d)), len(d))
ks = d2.keys()
print(ks & {"a", "z"}, ks | {"q"}, ks - {"a"}, "a" in ks, ks == {"a", "b", "c"})
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), d.setdefault("n", []), d)
d["n"].append(1); print(d)
print(d.pop("n"), d.pop("zz", "dflt"), d.get("zz"), d.get("a"), d.popitem(), d)
try: d.pop("nope")
except KeyError as e: print("KeyError", e)
try: {}.popitem()
except KeyError as e: print(e)
try: d["missing"]
except KeyError as e: print(repr(e))
sq = {x: x * x for x in range(5) if x % 2 == 0}; print(sq)
inv = {v: k for k, v in sq.items()}; print(inv)
e = {}; e[1] = "int"; e[1.0] = "float"; e[True] = "bool"; print(e)
print({(1, 2): "t", frozenset([1]): "f", None: "n"})
try: {[1]: 2}
except TypeError as ex: print(ex)
o = {"x": 1, "y": 2}; del o["x"]; o["x"] = 3; print(o, list(o))
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {1: 2}.keys() == {1}, {1: [1]}.values())
it = iter({"k1": 1, "k2": 2}); print(next(it), next(it))
dd = {"a": 1}
try:
    for k in dd: dd["b"] = 2
except RuntimeError as ex: print(ex)
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2): del big[i]
print(len(big), list(big)[:3], big[999])
nested = {"l": [1, {"m": (2, 3)}], "s": "x"}; print(nested, str(nested))
c = d2.copy(); c["a"] = 0; print(d2["a"], c["a"])
d2.update([("z", 26)], w=23); d2.update({"y": 25}); print(d2)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]), min({3: "x", 1: "y"}))
rec = {}; rec["self"] = rec; print(rec)
