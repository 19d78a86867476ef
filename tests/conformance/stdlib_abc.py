# abc: abstract methods and properties, __subclasshook__, register.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
sq = Square(3); print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    @property
    def name(self): return "impl"
print(Impl().name)
try: Base()
except TypeError as e: print(e)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
print(issubclass(list, Sized), isinstance("s", Sized), isinstance(5, Sized))
class Registered(ABC): pass
Registered.register(int)
print(isinstance(3, Registered), issubclass(int, Registered), issubclass(str, Registered))
