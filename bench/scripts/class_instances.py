class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

def main():
    points = []
    for i in range(1_000_000):
        points.append(Point(i, i % 5))
    total = 0
    unit = Point(0, 1)
    for p in points:
        total += p.dot(unit)
    return total

print(main())
