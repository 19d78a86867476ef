from_pairs = dict(zip("abc", [1, 2, 3]))
inverted = {v: k for k, v in from_pairs.items()}
print(from_pairs, inverted)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("d"))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
e[1] = "a"; e[1.0] = "b"; e[True] = "c"
print(e, len(e))
f = {(0, 0): "origin", (1, 0): "east"}
print(f[(0, 0)], f.get((2, 2), "nowhere"), (1, 0) in f)
keys = list({"z": 1, "y": 2, "x": 3}.keys())
print(keys, list(reversed(keys)))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, merged == {"a": 1, "b": 3, "c": 4}, merged != {})
print(len({i: i for i in range(1000)}), sum({i: i for i in range(100)}.values()))
try:
    {}["nope"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
h = {"a": 1}
print(h.pop("a"), h, h.pop("a", None))
try:
    h.popitem()
except KeyError as e:
    print("KeyError:", e)
big = {}
for i in range(10000):
    big[str(i)] = i
for i in range(0, 10000, 2):
    del big[str(i)]
print(len(big), list(big.items())[:3], big["9999"])
