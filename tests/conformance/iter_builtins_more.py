import io
lines = iter(["a", "b", "STOP", "c"].pop, None) if False else None
data = ["x", "y", "", "z"]
it = iter(data)
print(list(iter(lambda: next(it), "")))
print(list(zip("abc", range(10))), list(zip()))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None, []])))
print(next(iter([]), "default"), next(iter("x")))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(sum(x for x in range(10) if x % 3 == 0), any(x > 5 for x in range(3)), all([]), any([]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in range(10)), calls)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(enumerate(Seq())))
print(sorted(enumerate("cab"), key=lambda p: p[1]), dict(enumerate("ab")))
print(min((3, "c"), (1, "z")), max("apple", "pear", key=len), min([], default=None))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
print(list(range(10, 0, -3)), range(0, 10, 2)[1:3], range(5).index(3), range(1, 10).count(5), len(range(-5)))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), list(range(2, -2, -1)), 5 in range(0, 10, 5))
r = range(0, 100, 7)
print(r[-1], r[3], r[::-1][:2], r.start, r.stop, r.step, repr(r[2:5]))
it2 = iter([1, 2, 3])
print(list(zip(it2, it2)), list(it2))
print(list(map(str.upper, "ab")), list(map(int, "123")), tuple(map(len, ["aa", "b"])))
gen = (i for i in range(3))
print(iter(gen) is gen, list(gen), list(gen))
buf = io.StringIO("l1\nl2\nl3\n")
print([line.rstrip() for line in buf], [(i, c) for i, c in enumerate("xy", start=10)])
