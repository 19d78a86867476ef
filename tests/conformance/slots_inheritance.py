# __slots__: restrictions, inheritance with and without slots, defaults via class attributes.
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
class C(B):
    pass
b = B(); b.x = 1; b.y = 2; print(b.x, b.y, hasattr(b, "__dict__"))
try: b.z = 3
except AttributeError as e: print(e)
c = C(); c.x = 1; c.z = 5; print(c.z, c.x)
try: print(A().x)
except AttributeError as e: print(e)
class D:
    __slots__ = ("v", "__weakref__")
    def __init__(self, v): self.v = v
import weakref
d = D(5); r = weakref.ref(d); print(r().v)
class E:
    __slots__ = "single"
e = E(); e.single = 1; print(e.single, E.__slots__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    __hash__ = None
pts = [Point(i, i * i) for i in range(3)]; print(pts, pts[1] == Point(1, 1))
del pts[0].x
try: pts[0].x
except AttributeError as e: print(e)
