def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return a / b, None
for a, b in [(10, 2), (1, 0), (7, 3)]:
    result, error = divide(a, b)
    print(result if error is None else f"error: {error}")
def stats(*nums):
    if not nums:
        return
    return min(nums), max(nums), sum(nums) / len(nums)
print(stats(3, 1, 4, 1, 5), stats())
def early(n):
    for i in range(n):
        if i * i > 20:
            return i
    return -1
print(early(10), early(3))
def multi():
    return [1, 2], {"k": 3}, "s"
lst, dct, st = multi()
print(lst, dct, st)
