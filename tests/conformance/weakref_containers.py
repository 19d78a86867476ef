# WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, proxy, WeakMethod.
import gc
import weakref

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Item(%r)" % self.name
    def hello(self):
        return "hello from " + self.name

cache = weakref.WeakValueDictionary()
a, b = Item("a"), Item("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], "a" in cache)
del a
print(len(cache), sorted(cache), "a" in cache, cache.get("a", "gone"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)

meta = weakref.WeakKeyDictionary()
k1, k2 = Item("k1"), Item("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, sorted(v for v in meta.values()))
del k2
print(len(meta), [k.name for k in meta])

ws = weakref.WeakSet()
x, y = Item("x"), Item("y")
ws.add(x)
ws.add(y)
ws.add(x)
print(len(ws), x in ws)
del x
print(len(ws), [i.name for i in ws])

log = []
z = Item("z")
fin = weakref.finalize(z, log.append, "z finalized")
print(fin.alive)
del z
print(log, fin.alive)
w = Item("w")
fin2 = weakref.finalize(w, log.append, "called early")
print(fin2(), fin2.alive, fin2())
print(log)

p = Item("proxied")
px = weakref.proxy(p)
print(px.name, px.hello())
px.name = "renamed"
print(p.name)
del p
try:
    px.name
except ReferenceError as e:
    print("ReferenceError:", e)

it = Item("m")
wm = weakref.WeakMethod(it.hello)
print(wm()())
del it
print(wm())

# Cycles through weak containers are still collected.
class Node:
    pass
n = Node()
n.self = n
registry = weakref.WeakValueDictionary({"n": n})
del n
gc.collect()
print(len(registry))
