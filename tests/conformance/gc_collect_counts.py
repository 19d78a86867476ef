# gc.collect() finds exactly the unreachable objects of simple cycles (CPython's test_gc cases).
import gc

gc.collect()

l = []
l.append(l)
del l
print("list", gc.collect())

d = {}
d[1] = d
del d
print("dict", gc.collect())

l = []
t = (l,)
l.append(t)
del t, l
print("tuple", gc.collect())

class A:
    pass
A.a = A
del A
print("class", gc.collect() > 0)

class B:
    pass
b = B()
b.b = b
del b
print("instance", gc.collect() > 0)

def make():
    def f():
        return f
    return f
make()
print("closure", gc.collect() > 0)

s = set()
class Box:
    pass
bx = Box()
s.add(bx)
bx.s = s
del s, bx
print("set", gc.collect() > 0)

# Nothing left after a collection.
print("again", gc.collect())

# Live objects are never collected.
keep = []
keep.append(keep)
print("live", gc.collect(), keep[0] is keep)

# Generations and thresholds.
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for g in (0, 1, 2):
    gc.collect(g)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.garbage)
