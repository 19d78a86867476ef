# Instance attributes: shadowing methods, deletion and re-adding, __dict__ writes, many attributes,
# __slots__, properties, class attributes changing under cached access, object.__setattr__.
class A:
    def m(self): return "method"
objs = [A() for _ in range(3)]
for i, o in enumerate(objs):
    if i == 2:
        o.m = lambda: "shadow"
    print(o.m())
class P:
    def __init__(self, x, y): self.x = x; self.y = y
ps = [P(i, i * 2) for i in range(5)]
ps[3].z = 9
del ps[1].x
ps[2].__dict__["w"] = 1
for p in ps:
    print(vars(p), getattr(p, "x", None), p.y)
q = P(1, 2); del q.x; q.x = 5; print(vars(q))
r = P(1, 2); r.y = 7; r.x = 8; print(vars(r), r.x, r.y)
class Many:
    def __init__(self, n):
        for i in range(n): setattr(self, f"a{i}", i)
m1 = Many(40); m2 = Many(40); print(len(vars(m1)), m2.a39, list(vars(m2))[:3])
class Slot:
    __slots__ = ("a", "b")
s = Slot(); s.b = 1; s.a = 2; print(s.a, s.b)
try: s.c = 1
except AttributeError as e: print(e)
try: del s.a; print(s.a)
except AttributeError as e: print(e)
class WithProp:
    def __init__(self): self.v = 1
    @property
    def v(self): return self._v * 10
    @v.setter
    def v(self, x): self._v = x
w = WithProp(); print(w.v, vars(w))
class Changing:
    def __init__(self): self.a = 1
cs = [Changing() for _ in range(3)]
print([c.a for c in cs])
Changing.a = property(lambda self: "class-prop")
print([c.a for c in cs])
del Changing.a
print([c.a for c in cs])
o = object.__new__(P); object.__setattr__(o, "x", 3); print(o.x); object.__delattr__(o, "x"); print(hasattr(o, "x"))
