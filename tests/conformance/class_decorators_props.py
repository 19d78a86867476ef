import functools

def register(cls):
    register.seen.append(cls.__name__)
    return cls
register.seen = []

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2), register.seen)

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)

def memo_method(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(self, n):
        if n not in cache:
            cache[n] = fn(self, n)
        return cache[n]
    return wrapper

class Fib:
    calls = 0
    @memo_method
    def fib(self, n):
        Fib.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)

print(Fib().fib(30), Fib.calls, Fib.fib.__name__)

def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self):
        print("init once")
print(Config() is Config())

class Counted:
    count = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2

class A(Counted): pass
class B(Counted): pass
A.make(); A.make(); B.make()
print(A.count, B.count, Counted.count, A.helper(4), A().helper(5))

def decorator_with_args(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*args):
            return prefix + str(fn(*args))
        return inner
    return deco

@decorator_with_args(">> ")
def add(a, b):
    "adds"
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

class ReadOnly:
    __slots__ = ("_v",)
    def __init__(self, v):
        self._v = v
    v = property(lambda s: s._v)
r = ReadOnly(3)
print(r.v)
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)
