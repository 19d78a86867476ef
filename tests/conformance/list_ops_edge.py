a = [1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del a[::3]
print(a)
a[len(a):] = [7, 8]
print(a)
a[:0] = ["start"]
print(a)
b = list(range(10))
print(b[-3:], b[:-7], b[::-1], b[8:2:-2], b[100:], b[-100:2], b[::3])
b.insert(-1, "ins"); b.insert(100, "end"); b.insert(-100, "front")
print(b)
b.remove("ins")
try:
    b.remove("nope")
except ValueError as e:
    print("ValueError:", e)
print(b.index(5), b.index(5, 2, 8), b.count(5))
try:
    b.index(99)
except ValueError as e:
    print("ValueError:", e)
c = [3, 1, 2]
print(c.pop(0), c.pop(-1), c)
try:
    c.pop(5)
except IndexError as e:
    print("IndexError:", e)
print([1, 2] * 3, 3 * [0], [] * 5, [[0] * 2] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
l = [5, 3]
l.extend(range(2)); l.extend("ab"); l += (9,)
print(l, l.copy() == l, l.copy() is l)
l.reverse(); print(l)
l.clear(); print(l)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [1][1] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    ["a"]["0"]
except TypeError as e:
    print("TypeError:", e)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], str(nested), len(nested))
s = [1, 2]
s.append(s)
print(s, s[2][2][0])
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
print(sum([[1], [2, 3]], []), [x for row in [[1, 2], [3]] for x in row])
m = [i * i for i in range(5)]
del m[1], m[-1]
print(m, 4 in m, 5 not in m)
print(list(enumerate("ab", 1)), list(reversed([1, 2, 3])), sorted([3, 1], reverse=True))
print([].__len__(), [1, 2].__getitem__(0), [1].__contains__(1))
