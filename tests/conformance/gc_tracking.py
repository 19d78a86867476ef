# What the collector tracks, and what it can see.
import gc

print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(()), gc.is_tracked((1, 2)))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = [1]
print(gc.is_tracked(d))

class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(len), gc.is_tracked(lambda: 0))

x = [1, 2]
holder = [x, "y"]
print(holder in gc.get_referrers(x))
print(x in gc.get_referents(holder))
print(gc.get_referents(1, "a"))
objs = gc.get_objects()
print(isinstance(objs, list), any(o is holder for o in objs))
