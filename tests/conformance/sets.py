s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s)
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, a >= {1}, a.issubset(b), a.isdisjoint({9}))
print(set(), set([1, 1, 2]), set("hello") == set("olleh"), sorted(set("hello")))
print(frozenset([1, 2]), frozenset(), {frozenset([1])}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({x % 3 for x in range(10)}, {i * i for i in range(-3, 4)})
c = {10, 20, 30}
c.update([40], {50})
print(sorted(c), c.pop() in {10, 20, 30, 40, 50})
d = {1, 2, 3}
d -= {1}; d |= {9}; d &= {2, 9, 11}
print(d)
print(set(range(20)), {100, 7, 55, 3})
e = set(range(10))
e.difference_update(range(5))
print(e, e.copy() == e)
print({1, 2} == {2, 1}, {1} == {1.0}, set([(1, 2), (1, 2)]))
