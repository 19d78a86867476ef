# Class patterns: class methods as constructors, registries, mixins, __init_subclass__, properties.
class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: Registry.plugins[key] = cls
class CSV(Registry, key="csv"): pass
class JSON(Registry, key="json"): pass
print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)
class Temperature:
    def __init__(self, c): self._c = c
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c): return c >= -273.15
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    def __repr__(self): return f"{self._c:.1f}C"
t = Temperature.from_f(212); print(t, t.f, Temperature.valid(-300)); t.f = 32; print(t)
class JsonMixin:
    def to_json(self): return "{" + ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items()) + "}"
class EqMixin:
    def __eq__(self, o): return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class User(JsonMixin, EqMixin):
    def __init__(self, name, age): self.name, self.age = name, age
u = User("a", 3); print(u.to_json(), u == User("a", 3), u == User("b", 3), User.__mro__[1].__name__)
try: hash(u)
except TypeError as e: print(e)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, *a): self.n += 1; return self.n
c = Counter(); c(); c(); print(c.n, callable(c))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a = Singleton(1); b = Singleton(2); print(a is b, a.v)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Frozen:
    __slots__ = ("x",)
    def __init__(self, x): object.__setattr__(self, "x", x)
    def __setattr__(self, k, v): raise AttributeError("frozen")
f = Frozen(1); print(f.x)
try: f.x = 2
except AttributeError as e: print(e)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"): return lambda: name[4:]
        raise AttributeError(name)
print(Lazy().get_thing())
try: Lazy().other
except AttributeError as e: print("AE", e)
class Base:
    def template(self): return f"[{self.part()}]"
    def part(self): raise NotImplementedError
class Impl(Base):
    def part(self): return "impl"
print(Impl().template())
try: Base().template()
except NotImplementedError as e: print("NotImplementedError", repr(e))
print(isinstance(Impl(), Base), issubclass(Impl, object), type(Impl()) is Impl, Impl.__name__, Impl.__qualname__, Impl.__module__)
