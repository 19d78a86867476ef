# __del__ of objects in garbage cycles runs exactly once (PEP 442); resurrection keeps objects
# alive; generators in cycles are closed; gc.callbacks see each collection.
import gc

log = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print(gc.collect() >= 2, sorted(log))
log.clear()

saved = []
class Phoenix:
    def __del__(self):
        log.append("phoenix del")
        saved.append(self)   # resurrects itself (and its cycle)

p = Phoenix()
p.me = p
del p
gc.collect()
print(log, len(saved), saved[0].me is saved[0])
print(gc.is_finalized(saved[0]))
log.clear()
saved.clear()          # dropped again: __del__ does not run a second time
gc.collect()
print(log)

def gen():
    try:
        me = yield 1
        yield me
    finally:
        log.append("generator closed")

g = gen()
next(g)
g.send(g)
del g
gc.collect()
print(log)
log.clear()

# A __del__ that raises is reported and ignored.
class Bad:
    def __del__(self):
        raise ValueError("in __del__")
x = Bad()
x.x = x
del x
gc.collect()
print("still running")

events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(events)

# Objects only reachable from a cycle die with it.
class Leaf:
    def __del__(self):
        log.append("leaf")
c = []
c.append(c)
c.append(Leaf())
del c
gc.collect()
print(log)

# DEBUG_SAVEALL keeps the garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
z = []
z.append(z)
del z
gc.collect()
print(len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
