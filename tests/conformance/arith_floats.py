print(0.1 + 0.2, 1.0 / 3, 2.5 * 4, 1e16, 1e-5, 123456789.123, 1.5e300 * 1e10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.0 % -2.5)
print(float("1.5"), float(" -2.25 "), float("inf"), float("-inf"), float("1e3"), float(3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(123.456, -1))
print(round(7), round(15, -1), round(25, -1), round(0.5), round(1.5))
print(abs(-2.5), 2.0 ** 0.5, 10 / 4, 9 / 3, 1 / 8)
print(1.0, 100.0, 1e22, 1.0e-4, 0.0001234, 3.0e-10, float(10 ** 16))
print(int(1e10), int(-0.5), float(2 ** 60))
print(1.5 == 1.5, 0.1 + 0.2 == 0.3, 1.0 < 2, float("nan") == float("nan"))
print((2.5).is_integer(), (2.0).is_integer())
print(max(1.5, 2), min(-1, -1.5), sum([0.1] * 10))
print(3.14159 * 2, 2.718281828459045, 1 / 7)
x = 1.0
for i in range(10):
    x = x * 1.1
print(x)
print(-0.0, 0.0 == -0.0, 5e-324, 1.7976931348623157e308)
