stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.insert(0, 0)
queue.append(4)
print(queue.pop(0), queue)
lst = [5, 3, 8, 3, 1]
print(lst.index(3), lst.index(3, 2), lst.count(3), lst.count(9), 8 in lst)
lst.remove(3)
print(lst)
lst.extend(range(3))
lst.extend("ab")
print(lst, len(lst))
lst2 = lst.copy()
lst2.reverse()
print(lst2 == lst[::-1], lst2 is lst)
nums = [4, 1, 3]
nums.sort()
nums += [0]
print(nums, sorted(nums), nums)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix)
aliased = [[0] * 3] * 3
aliased[1][1] = 5
print(aliased)
print([1, 2, 3][1:], [1, 2, 3][:-1], list(reversed([1, 2, 3])), [x for x in [1, 2, 3] if x != 2])
a = [1, 2, 3]
b = a
a += [4]
print(b)
a = a + [5]
print(b, a)
print([i for i in range(10)][::3], [[i, j] for i in range(2) for j in range(2)])
empty = []
print(empty[:], empty[1:5], bool(empty), len(empty), empty * 5)
