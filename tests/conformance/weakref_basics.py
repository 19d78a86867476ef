# weakref.ref: dereferencing, callbacks, equality and hashing, which objects allow it.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n)
print(weakref.ref(o) is r)          # plain refs are shared
print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])

calls = []
r2 = weakref.ref(o, lambda ref: calls.append(ref is r2))
print(r2 is r, r2 == r, hash(r2) == hash(o))
print(weakref.getweakrefcount(o))
del o
print(r(), r2(), calls)

# Callback on cyclic garbage, from the collector.
c = Obj(2)
c.me = c
cr = weakref.ref(c, lambda ref: calls.append("cycle"))
del c
gc.collect()
print(cr(), calls)

# A weakref that dies first never calls back.
d = Obj(3)
dr = weakref.ref(d, lambda ref: calls.append("never"))
del dr
del d
print(calls)

# Dead refs: equal only to themselves; hash remembered from life.
e = Obj(4)
f = Obj(4)
re, rf = weakref.ref(e), weakref.ref(f)
h = hash(re)
del e
print(re == rf, re == re, hash(re) == h)
try:
    hash(weakref.ref(f)) and None
    g = Obj(5)
    rg = weakref.ref(g)
    del g
    hash(rg)
except TypeError as exc:
    print("TypeError:", exc)

for bad in (1, "s", [1], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as exc:
        print("TypeError:", exc)

def fn():
    pass
print(weakref.ref(fn)() is fn, weakref.ref(Obj)() is Obj, weakref.ref(len)() is len)
s = {1}
print(weakref.ref(s)() is s)

class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(Slotted())
except TypeError as exc:
    print("TypeError:", exc)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)

# A callback that raises is reported, and the program goes on.
k = Obj(6)
kr = weakref.ref(k, lambda ref: 1 / 0)
del k
print("after failing callback", kr())

# __callback__
m = Obj(7)
cb = lambda ref: None
mr = weakref.ref(m, cb)
print(mr.__callback__ is cb, weakref.ref(m).__callback__)
