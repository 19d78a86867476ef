a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), b.issuperset({5}))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([4, 9]))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 99}
print(c)
c.update("ab", [1]); print(sorted(c, key=str))
c.intersection_update({1, "a"}); print(sorted(c, key=str))
c.difference_update({1}); print(c)
c.symmetric_difference_update({"a", "b"}); print(c)
s = {5}
s.add(5); s.discard(7); s.remove(5)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])))
print({f: "frozen key"}[frozenset({1, 2})], frozenset() == set(), f == {1, 2})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
print(set("hello"), sorted(set("mississippi")), len({1, 1.0, True}), {0, False, 0.0})
print({x % 3 for x in range(10)}, set(), set([]), repr(frozenset()))
print(min({4, 2, 8}), max({4, 2, 8}), sum({1, 2}), sorted({3, 1, 2}, reverse=True))
words = ["apple", "banana", "avocado", "cherry", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], set()).add(len(w))
print({k: sorted(v) for k, v in sorted(by_letter.items())})
print(a.copy() == a, a.copy() is a, {1, 2} == {2, 1}, {1, 2} != {1}, set(range(3)) == frozenset(range(3)))
s2 = {1, 2, 3}
for x in list(s2):
    if x % 2: s2.discard(x)
print(s2)
try:
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
