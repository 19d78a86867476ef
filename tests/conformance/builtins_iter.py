print(list(enumerate("abc")), list(enumerate("ab", start=5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sorted([3, 1, 2]), sorted("bca"), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-3, 2, -1], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(min([4, 2, 8]), max("hello"), min(3, 1, 2), max([1, 2], [1, 3]), min([], default="empty"))
print(max(["aa", "b", "cccc"], key=len), min({"x": 5, "y": 1}.items(), key=lambda kv: kv[1]))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(5), 10))
print(all([]), any([]), all([1, 1]), any([0, 0, 1]))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 3, 2, 1]
print(list(calls))
d = {"a": 1, "b": 2}
print(list(enumerate(d)), list(zip(d, d.values())), list(reversed(d)))
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print(i, a, b)
print(list(map(int, "123")), list(zip(*[(1, 2), (3, 4)])))
