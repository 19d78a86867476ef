# Sets and dicts together: inverted indexes, set algebra, comprehensions, frozenset keys.
docs = {1: "the cat sat", 2: "the dog sat down", 3: "a cat and a dog"}
index = {}
for i, text in docs.items():
    for w in set(text.split()):
        index.setdefault(w, set()).add(i)
print(sorted((w, sorted(ids)) for w, ids in index.items()))
print(sorted(index["cat"] & index["sat"]), sorted(index["cat"] | index["dog"]), sorted(index["the"] - index["dog"]), sorted(index["cat"] ^ index["dog"]))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a <= {1, 2, 3, 4, 5}, a < a, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}), sorted(a.union(b, [7])), sorted(a.intersection(b, {4})))
c = set(a); c -= b; c |= {10}; c &= {1, 10, 2}; c ^= {2, 99}; print(sorted(c))
f = frozenset([1, 2]); d = {f: "pair", frozenset(): "empty"}; print(d[frozenset([2, 1])], len(d), f | {3}, type(f | {3}).__name__)
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v}, dict.fromkeys({1, 2}, []))
counts = {}
for ch in "abracadabra": counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
s = {1, 2, 3}; s.discard(5); s.remove(1); print(s, s.pop() in (2, 3), len(s))
try: s.remove(42)
except KeyError as e: print("KeyError", e)
print(set("hello") == set("olleh"), {1, 2} == frozenset({1, 2}), sorted({(1, 2), (1, 2), (2, 1)}))
nested = {"a": {"b": {"c": 1}}}; print(nested["a"]["b"].get("c"), nested.get("x", {}).get("y", "dflt"))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}; print(merged, list(merged.keys() - {"a"}) if False else sorted(merged.keys() - {"a"}))
