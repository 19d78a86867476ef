def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
print(first_negative([3, 1, -4, 1, -5]), first_negative([1, 2]))
def search_grid(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1
g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search_grid(g, 6), search_grid(g, 10))
total = 0
for v in range(100):
    if v % 7:
        continue
    total += v
    if total > 200:
        break
else:
    print("never printed")
print(total, v)
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        break
print(n)
