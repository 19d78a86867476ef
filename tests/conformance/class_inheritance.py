class Base:
    def who(self):
        return "Base"
    def chain(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return "Left"
    def chain(self):
        return ["Left"] + super().chain()
class Right(Base):
    def who(self):
        return "Right"
    def chain(self):
        return ["Right"] + super().chain()
class Diamond(Left, Right):
    def chain(self):
        return ["Diamond"] + super().chain()
d = Diamond()
print(d.who(), d.chain(), [k.__name__ for k in Diamond.__mro__])
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
class Thing(Mixin, Base):
    def extra(self):
        return "mixin"
print(Thing().describe(), Thing().who(), isinstance(Thing(), Mixin))
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError("subclasses implement area")
    def __str__(self):
        return f"{type(self).__name__}(sides={self.sides}, area={self.area():.2f})"
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for sh in [Square(2), Circle(1)]:
    print(sh)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(super(Left, Diamond()).who(), super(Diamond, d).chain())
