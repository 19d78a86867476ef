# The dispatch loop caches method and attribute loads per call site (LOAD_METHOD, and
# LOAD_GLOBAL_METHOD for `global_name.method(...)`): a site must see every change at once -
# rebinding, shadowing, deletion, a global that changes type between calls.
import math


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return "Counter.bump"


class Other:
    def bump(self):
        return "Other.bump"


def call_site(objs):
    out = []
    for o in objs:
        global target
        target = o
        try:
            out.append(target.bump())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


mod = type(math)("mod")
mod.bump = lambda: "mod.bump"
c = Counter()
print(call_site([c, c, Other(), mod, c, [1], mod]))

# A module attribute rebound, deleted and restored between calls of the same site.
def mod_site():
    return mod.bump()


print(mod_site())
mod.bump = lambda: "rebound"
print(mod_site())
del mod.bump
try:
    mod_site()
except AttributeError as e:
    print("AttributeError:", e)
mod.bump = lambda: "restored"
print(mod_site())
mod.extra = 1  # another key: the dict's layout changes
print(mod_site())

# A module-level __getattr__ answers only for missing names.
mod.__getattr__ = lambda name: (lambda: "getattr " + name)
print(mod_site(), mod.missing())
del mod.bump
print(mod_site())

# An instance attribute shadows the class's method; a class change reaches the site.
def inst_site(o):
    return o.bump()


k = Counter()
print(inst_site(k), inst_site(k))
k.bump = lambda: "instance attribute"
print(inst_site(k))
del k.bump
print(inst_site(k))
Counter.bump = lambda self: "patched class"
print(inst_site(k), inst_site(Counter()))

# Builtin types at one site.
def builtin_site(o):
    return o.count(1)


print([builtin_site(x) for x in ([1, 1], (1, 2, 1, 1), [2])])

# A real module: the function rebound through the module object.
def sqrt_site(x):
    return math.sqrt(x)


print(sqrt_site(16.0))
saved = math.sqrt
math.sqrt = lambda x: "fake sqrt"
print(sqrt_site(16.0))
math.sqrt = saved
print(sqrt_site(25.0))

# The global itself rebound from a module to a class and back.
def global_site():
    return g.sqrt(4.0)


class Fake:
    @staticmethod
    def sqrt(x):
        return "Fake.sqrt"


g = math
print(global_site())
g = Fake
print(global_site())
g = math
print(global_site())
print(c.n, k.n)

# module(name, doc) itself, as types.ModuleType.
m2 = type(math)("m2", "its doc")
print(sorted(m2.__dict__.items()), m2.__name__, m2.__doc__, type(math)("m3").__doc__)
try:
    type(math)(5)
except TypeError as e:
    print("TypeError:", e)
