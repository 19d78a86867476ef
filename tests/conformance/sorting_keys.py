# Sorting: stability, key functions, reverse, operator helpers, cmp_to_key, sorting objects.
from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc")]
print(sorted(people, key=itemgetter(1)), sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2])), [p[0] for p in sorted(people, key=itemgetter(2))])
class P:
    def __init__(self, n, a): self.name, self.age = n, a
    def __repr__(self): return self.name
    def label(self, suffix): return self.name + suffix
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("age")), max(ps, key=attrgetter("age")), list(map(methodcaller("label", "!"), ps)))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))), sorted(["b", "A", "c"], key=str.lower))
data = [3, 1, 4, 1, 5, 9, 2, 6]; data.sort(reverse=True); print(data); data.sort(key=lambda x: x % 3); print(data)
print(sorted("Mississippi"), sorted(set("Mississippi")), sorted({"b": 2, "a": 1}.items(), key=itemgetter(1), reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), sorted(enumerate(words), key=lambda t: t[1])[:3])
print(sorted([[3, "c"], [1, "a"], [2, "b"]]), sorted([(1, "b"), (1, "a")]), sorted([0.5, -1, 3, True]))
print(list(reversed(sorted(range(5)))), sorted([], reverse=True), sorted((5,)), sorted("ba", reverse=True))
