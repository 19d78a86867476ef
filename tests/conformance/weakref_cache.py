# weakref in practice: a cache that forgets dead objects, callbacks, WeakValueDictionary, finalize.
import weakref, gc
class Texture:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Texture({self.name})"
cache = weakref.WeakValueDictionary()
def load(name):
    t = cache.get(name)
    if t is None:
        t = Texture(name); cache[name] = t; print("loaded", name)
    return t
a = load("grass"); b = load("grass"); print(a is b, len(cache))
del a, b; gc.collect(); print(len(cache), list(cache.keys()))
events = []
t = Texture("stone"); r = weakref.ref(t, lambda ref: events.append("stone died"))
f = weakref.finalize(t, events.append, "finalizer ran")
print(r() is t, f.alive); del t; gc.collect(); print(events, r(), f.alive)
class Node:
    def __init__(self, parent=None):
        self._parent = weakref.ref(parent) if parent else None
    @property
    def parent(self): return self._parent() if self._parent else None
root = Node(); child = Node(root); print(child.parent is root); del root; gc.collect(); print(child.parent)
ws = weakref.WeakSet(); objs = [Texture(str(i)) for i in range(3)]
for o in objs: ws.add(o)
print(len(ws)); objs.pop(); gc.collect(); print(len(ws), sorted(o.name for o in ws))
