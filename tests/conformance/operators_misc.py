print(7 // 2 * 2 + 7 % 2, (1 + 2) * 3 ** 2 // 4, -2 ** 2, 2 ** 3 ** 2, not 1 == 2)
print(1 if 0 else 2 if 0 else 3, (lambda: 1)() + 1, [1, 2][-1] * 3)
print(3 & 5 | 2 ^ 7, 1 << 2 + 1, ~0 & 0xFF, -(-3), +(-3), --3)
print(5 > 3 == 3 > 1, (5 > 3) == (3 > 1), 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
x = [1, 2, 3]
print(x * 2, 2 * x, [0] * 3, "ab" * 2, 3 * "c", (1,) * 2)
print(x + [4], (1,) + (2,), "a" + "b")
print(1 in x, 4 in x, "a" in "abc", (1, 2) in [(1, 2)], 3 not in {1: 2})
print([] or {} or () or "final", 5 and 0 or 7, None is None is not False)
a = b = c = 5
a += 1
print(a, b, c)
n = 10
n -= 3
n *= 2
n **= 2
n //= 7
n %= 6
print(n)
print(abs(-7) + abs(7), divmod(-9, 4), pow(-2, 3), 0 ** 0, 0.0 ** 0)
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 10 % -4, 2 ** 0.5 * 2 ** 0.5)
print(True + 1, False * 5, True & False, True | False, True ^ True, -True)
print((1, 2) < (1, 2, 3), [1, 2] < [1, 3], "abc" < "abd" < "b", [[1]] < [[2]])
print(1 == 1.0 == True, 0 == False == 0.0, "" == [], None == 0)
