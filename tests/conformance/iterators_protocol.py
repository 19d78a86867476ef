it = iter([1, 2, 3])
print(next(it), list(it), list(it))
r = iter(range(3))
print(next(r), next(r), next(r), next(r, "done"))
s = iter("ab")
print(next(s), next(s))
d = {"a": 1, "b": 2}
ki, vi, ii = iter(d), iter(d.values()), iter(d.items())
print(next(ki), next(vi), next(ii))
e = enumerate(["x", "y"], 1)
print(next(e), list(e))
z = zip(range(3), "abcdef")
print(list(z), list(z))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([x for sub in nested for x in sub], sum(len(s) for s in nested))
it2 = iter([10, 20])
for v in it2:
    print("v", v)
print(list(it2))
rev = reversed([1, 2, 3])
print(next(rev), list(rev))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), dict(enumerate("ab")))
print(sorted(iter([3, 1, 2])), max(iter([5, 9])), min(iter("zy")), sum(iter([1, 2])))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError:", e)
print(list(iter(lambda: 1, 1)), all(iter([])), any(iter([0, 2])))
