class Dyn:
    def __init__(self):
        self.known = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name}")
d = Dyn()
print(d.known, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "nothing"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = 2
print(r.log, r.a, r.b)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, s.y)
class Registry:
    items = []
    def __init__(self, name):
        self.name = name
        Registry.items.append(name)
Registry("a"); Registry("b")
print(Registry.items, len(Registry.__dict__) > 2)
class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("deleting", self.name)
w = WithDel("first")
w = WithDel("second")
del w
print("after del")
def factory():
    class Local:
        def hello(self):
            return "local hello"
    return Local
L = factory()
print(L().hello(), L.__qualname__, L.__name__)
