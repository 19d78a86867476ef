# collections.namedtuple as a tuple subclass: errors, defaults, rename, subclassing.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p[1], p == (1, 2), isinstance(p, tuple), len(p), list(p), hash(p) == hash((1, 2)), p._asdict(), p._replace(x=9), P._make([3, 4]), P._fields)
x, y = p; print(x, y, p + (3,), sorted([P(2, 1), P(1, 5)]), P.__doc__, p.count(1), p.index(2))
try: P(1)
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
try: p.x = 5
except AttributeError as e: print("AE")
D = namedtuple("D", ["a", "b", "c"], defaults=[0, 1]); print(D(9), D(1, 2, 3), D._field_defaults)
R = namedtuple("R", "a def _x a", rename=True); print(R._fields)
try: namedtuple("Bad", "x _y")
except ValueError as e: print(e)
try: namedtuple("Bad", "x x")
except ValueError as e: print(e)
S = namedtuple("S", "only"); print(S(1), S(only=2), S.__new__.__qualname__)
print({P(1, 2): "v"}[(1, 2)], P(1, 2) < P(1, 3), repr(P(x="a", y=None)))
class Ext(P):
    __slots__ = ()
    @property
    def total(self): return self.x + self.y
print(Ext(3, 4).total, Ext(3, 4))
