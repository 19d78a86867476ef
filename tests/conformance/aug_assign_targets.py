grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] += i + 1
    grid[0][i] -= 1
print(grid)
counts = {"a": 0}
counts["a"] += 5
counts["a"] *= 2
counts.setdefault("b", 10)
counts["b"] //= 3
print(counts)
def f():
    pass
f.hits = 0
for _ in range(3):
    f.hits += 1
print(f.hits)
nums = [1, 2, 3]
nums[-1] **= 2
nums[0] <<= 4
nums[1] |= 8
print(nums)
s = "ab"
s *= 2
s += "!"
print(s)
t = (1,)
t *= 3
print(t)
key_order = []
class_like = {"x": 1}
def k():
    key_order.append("key")
    return "x"
class_like[k()] += 1
print(class_like, key_order)
