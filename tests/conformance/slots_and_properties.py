class Vector2:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector2({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        return isinstance(other, Vector2) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
v = Vector2(1, 2)
print(v, v == Vector2(1, 2), {v: 1}[Vector2(1, 2)], Vector2.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del v.x
try:
    v.x
except AttributeError as e:
    print("AttributeError:", e)
class Vector3(Vector2):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
v3 = Vector3(1, 2, 3)
print(v3.x, v3.z, isinstance(v3, Vector2), hasattr(v3, "__dict__"))
class Loose(Vector2):
    pass
l = Loose()
l.extra = "ok"
print(l.extra, l.__dict__)
class Account:
    __slots__ = ("_balance", "__weakref__")
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative")
        self._balance = v
a = Account()
a.balance = 50
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
import weakref
r = weakref.ref(a)
print(r() is a)
class Lazy:
    def __init__(self):
        self._cache = {}
    @property
    def expensive(self):
        if "v" not in self._cache:
            print("computing")
            self._cache["v"] = 42
        return self._cache["v"]
z = Lazy()
print(z.expensive, z.expensive)
class ClassProp:
    _count = 0
    @classmethod
    def bump(cls):
        cls._count += 1
        return cls._count
print(ClassProp.bump(), ClassProp.bump(), ClassProp()._count)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
