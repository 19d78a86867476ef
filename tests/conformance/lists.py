a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3], a[-3:])
a.append(7); a.extend([8, 9]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.count(1), 9 in a, 42 in a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, sorted(a, key=lambda v: -v))
b = a.copy(); b.clear()
print(b, a[:2])
c = [1, 2] + [3] * 3
print(c, c * 0, [[0] * 2] * 2)
c[1] = "two"; c[-1] = "last"
print(c)
c[1:3] = ["x", "y", "z"]
print(c)
c[::2] = [0, 0, 0]
print(c)
del c[0]; del c[1:3]
print(c)
d = list(range(10))
del d[::2]
print(d, d[100:], d[-100:2])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [])
m = [[1, 2], [3, 4]]
m[0].append(5)
print(m, [x for row in m for x in row])
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
e = []
e += [1]; e += (2, 3); e *= 2
print(e)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
