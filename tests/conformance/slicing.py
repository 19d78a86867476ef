s = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
           slice(None, None, -1), slice(8, 2, -2), slice(-1, -11, -3), slice(100, 200), slice(-100, 3),
           slice(5, 2), slice(0, 10, 3), slice(9, None, -4)]:
    print(sl, s[sl], "abcdefghij"[sl], tuple(s)[sl])
t = list(range(6))
t[1:3] = []
print(t)
t[0:0] = [9, 9]
print(t)
t[-1:] = "xy"
print(t)
t[::2] = [0] * len(t[::2])
print(t)
try:
    t[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
u = list(range(10))
del u[1::3]
print(u)
del u[::-2]
print(u)
print(s[3:3], s[7:2], s[::5], range(10)[2:8:3], range(10)[::-3])
print("hello"[1:100], "hello"[-100:-2], "hello"[::-2])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2, 3).indices(10), slice(None, None, -1).indices(5), slice(-5, 100).indices(7))
