class Config:
    debug = False
    def __init__(self):
        self.name = "cfg"
c = Config()
print(getattr(c, "name"), getattr(c, "missing", "dflt"), hasattr(c, "debug"), hasattr(c, "nope"))
setattr(c, "level", 3)
print(c.level, vars(c))
delattr(c, "level")
print(vars(c), "level" in c.__dict__)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(callable(c), callable(Config), callable(len), callable(None), callable(lambda: 0))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.get_value(), getattr(d, "get_x")(), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
t = Tracked()
t.x = 1
t.x += 1
del t.x
print(vars(t))
print(isinstance(3, (str, int)), isinstance(3, int | str), isinstance(None, type(None)), issubclass(bool, int | float))
print(type(3) is int, type("s") == str, type(c).__name__, type(Config).__name__, type(None).__name__)
print(vars(Config)["debug"], "name" not in vars(Config), Config.__dict__["debug"])
try:
    vars(3)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in dir(c) if not k.startswith("__")), "name" in dir(c))
ns = type("NS", (), {"a": 1, "f": lambda self: self.a + 1})
print(ns().f(), ns.__name__, ns.a)
class Slots:
    __slots__ = ("a", "b")
s = Slots()
s.a = 1
print(getattr(s, "b", "unset"), hasattr(s, "a"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
print(id(c) == id(c), hash(c) == hash(c), c == c, c != Config())
obj = object()
try:
    obj.x = 1
except AttributeError as e:
    print("AttributeError:", e)
