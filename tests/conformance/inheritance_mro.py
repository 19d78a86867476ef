class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C>" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D>" + super().who()
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D.__bases__, B.__base__, A.__bases__, object.__bases__)
print(super(B, D()).who(), super(C, D()).chain())
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, **kw):
        self.kw = kw
        print("Base init", sorted(kw))
class Left(Base):
    def __init__(self, left=0, **kw):
        self.left = left
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        self.right = right
        super().__init__(**kw)
class Both(Left, Right):
    pass
b = Both(left=1, right=2, extra=3)
print(b.left, b.right, b.kw)
print(isinstance(b, Left), isinstance(b, Right), issubclass(Both, Base), issubclass(Both, (int, Right)))
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"
    def area(self):
        raise NotImplementedError(type(self).__name__)
class Square(Shape):
    sides = 4
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Tri(Shape):
    sides = 3
    def __init__(self, b, h): self.b, self.h = b, h
    def area(self): return self.b * self.h / 2
for s in [Square(3), Tri(3, 4)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta).__name__, type(D).__name__, type(type).__name__)
class Grand:
    def hello(self): return "grand"
class Parent(Grand): pass
class Child(Parent):
    def hello(self): return "child+" + super(Parent, self).hello()
print(Child().hello())
class Cls:
    @classmethod
    def create(cls): return cls.__name__
class Sub(Cls):
    @classmethod
    def create(cls): return "sub:" + super().create()
print(Sub.create(), Sub().create())
print(D.__subclasses__(), A.__subclasses__())
print(object.__subclasshook__ is not None, hasattr(A, "__init__"), A.__init__ is object.__init__)
print(vars(B).keys() - {"__module__", "__doc__", "__dict__", "__weakref__"})
