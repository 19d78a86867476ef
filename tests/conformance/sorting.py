records = [("bob", 25, "b"), ("alice", 30, "a"), ("carol", 25, "c"), ("dave", 30, "d"), ("eve", 22, "e")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
nums = [5, -2, 9, 0, -7, 3, 3, -2]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = nums[:]
lst.sort(key=lambda x: x % 3)
print(lst)
print(sorted("The Quick Brown Fox".split(), key=str.lower))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a")]))
print(sorted([0.5, -1, 2, 1.5, 0]), sorted([True, False, 0, 1]))
print(sorted({"b": 1, "a": 2}.items()), sorted(set([3, 1, 2])))
big = list(range(1000, 0, -7))
print(sorted(big)[:5], sorted(big)[-3:], big == sorted(big, reverse=True))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
print(min([3, 1, 2], key=lambda x: -x), max(["a", "abc", "ab"], key=len))
stable = sorted([(i % 3, i) for i in range(12)], key=lambda p: p[0])
print(stable)
