def describe(self):
    return f"{type(self).__name__} with x={self.x}"
Point = type("Point", (), {"x": 0, "describe": describe})
p = Point()
p.x = 5
print(p.describe(), Point.__name__, Point.x, type(Point).__name__, Point.__module__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().describe(), Sub.y, issubclass(Sub, Point), [k.__name__ for k in Sub.__mro__])
Err = type("Err", (ValueError,), {})
try:
    raise Err("dynamic")
except ValueError as e:
    print(type(e).__name__, e)
print(type(3) is int, type("s") is str)
