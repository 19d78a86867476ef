# The descriptor protocol for classes defined in script: __get__/__set__/__delete__, data vs
# non-data descriptors, __getattribute__ overrides.
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age): self.name = name; self.age = age
p = Person("ann", 3)
print(p.name, p.age, type(Person.age).__name__, sorted(vars(p)))
try: p.age = "x"
except TypeError as e: print(e)
class Lazy:
    def __init__(self, fn): self.fn = fn; self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Calc:
    @Lazy
    def value(self):
        print("computing")
        return 42
c = Calc(); print(c.value, c.value)
class ReadOnly:
    def __get__(self, obj, cls): return "ro"
    def __delete__(self, obj): print("delete called")
class H:
    r = ReadOnly()
h = H(); print(h.r)
try: h.r = 1
except AttributeError as e: print("AE", e)
del h.r
class Tracer:
    def __init__(self): self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def method(self): return "m"
tr = Tracer(); tr.method(); tr.x = 1; tr.x
print(tr.log)
class Fallback:
    def __getattribute__(self, name):
        if name == "magic": return 7
        return super().__getattribute__(name)
    def __getattr__(self, name): return "missing:" + name
f = Fallback(); print(f.magic, f.other)
class Counter:
    count = 0
    def __get__(self, obj, cls):
        Counter.count += 1
        return Counter.count
class UsesCounter:
    c = Counter()
print(UsesCounter.c, UsesCounter().c)
class SM:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return "prop"
print(SM.s(), SM().s(), SM.c(), SM().c(), SM().p, type(SM.__dict__["p"]).__name__)
