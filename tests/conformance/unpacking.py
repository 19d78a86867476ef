a, b = 1, 2
(c, d), e = [3, 4], 5
f, *g = "xyz"
*h, i = range(4)
j, *k, l = 1, 2
print(a, b, c, d, e, f, g, h, i, j, k, l)
[m, n] = (6, 7)
print(m, n)
for x, y in {"a": 1}.items():
    print(x, y)
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    p, q, r = [1, 2]
except ValueError as err:
    print(err)
try:
    p, *q, r = [1]
except ValueError as err:
    print(err)
try:
    p, q = 5
except TypeError as err:
    print(err)
t = (*range(3), *"ab")
lst = [*t, 9]
st = {*lst}
print(t, lst, len(st))
print(*[1, 2, 3], sep="-")
first, second = "ab"
print(first, second)
x = y = z = 0
print(x, y, z)
v = [0, 0]
v[0], v[1] = 1, 2
print(v)
obj = {"k": [1, 2]}
obj["k"][0], obj["j"] = "changed", "new"
print(obj)
