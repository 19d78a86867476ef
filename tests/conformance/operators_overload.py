# Operator overloading: arithmetic, reflected, in-place, comparisons, NotImplemented, unary.
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, n): return "lshift %d" % n
    def __rshift__(self, n): return "rshift %d" % n
    def __round__(self, n=None): return V(round(self.x, n), round(self.y, n))
    def __int__(self): return int(self.x)
    def __float__(self): return float(self.x)
    def __index__(self): return int(self.x)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(a == V(1, 2), a != b, a < b, a <= b, a > b, b >= a, bool(V(0, 0)), a @ b, a & b, a | b, a ^ b, a << 2, a >> 1)
print(round(V(1.26, 2.71), 1), int(V(7.9, 0)), float(V(2, 0)), [10, 20, 30][V(1, 0)], hex(V(255, 0)))
c = a; c += b; print(c, a, c is a)
print(sorted([V(3, 4), V(1, 0), V(0, 2)]), max(V(3, 4), V(1, 0)), {V(1, 2): "found"}[V(1, 2)])
try: a + "s"
except TypeError as e: print(e)
try: "s" + a
except TypeError as e: print(e)
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq() == 5, 5 == OnlyEq(), OnlyEq() != 5)
try: hash(OnlyEq())
except TypeError as e: print(e)
class Rev:
    def __radd__(self, o): return "radd from %r" % (o,)
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rtruediv"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
print(1 + Rev(), [1] + Rev(), 2 - Rev(), "x" * Rev(), 1 / Rev(), 2 ** Rev(), 1 << Rev())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "C%d" % self.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2), sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
class Cont:
    def __init__(self): self.items = {"a": 1}
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
    def __contains__(self, k): return k in self.items
    def __len__(self): return len(self.items)
c = Cont(); c["b"] = 2; del c["a"]; print("b" in c, "a" in c, len(c), c["b"])
try: c["zz"]
except KeyError as e: print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])
class Sl:
    def __getitem__(self, k): return k
s = Sl(); print(s[1:2], s[::3], s[1, 2], s[..., 1])
