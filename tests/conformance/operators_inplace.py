class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k, mod=None):
        return Vec(*[pow(a, k, mod) for a in self.c])
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rsub__(self, o): return f"rsub {o}"
    def __truediv__(self, k): return Vec(*[a / k for a in self.c])
    def __rtruediv__(self, k): return Vec(*[k / a for a in self.c])

v = Vec(1, 2, 3); w = Vec(4, 5, 6)
print(v + w, v + 1, 1 + v, 2 * v, v * 2, v @ w, -v, +v, abs(Vec(3, 4)), ~v)
v += w
print(v)
x = v
x += 1
print(x is v, v)
print(v == Vec(6, 8, 10), v != w, {Vec(1, 2): "a"}[Vec(1, 2)], len(v), v[1], list(v))
print(v // 3, v % 4, v ** 2, pow(v, 2, 5), v << 1, v & w, v | w, v ^ w, 10 - v, v / 2, 60 / v)
try:
    v - w
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, k):
        self.items *= k
        return self
    def __ior__(self, other):
        self.items.extend(other)
        return self
a = Acc()
a += 1; a += 2; a -= 1; a *= 2; a |= [7]
print(a.items)
class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
b = NoIadd(1); c = b; b += 5
print(b.n, c.n, b is c)
lst = [1]; alias = lst; lst += [2]; print(alias, lst is alias)
t = (1,); talias = t; t += (2,); print(talias, t)
class Index:
    def __index__(self): return 2
print([10, 20, 30][Index()], "abc"[Index()], bin(Index()), range(10)[Index()], hex(Index()))
class Truth:
    def __len__(self): return 0
print(bool(Truth()), "yes" if Truth() else "no", not Truth())
class BothBool:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(BothBool()))
try:
    class BadBool:
        def __bool__(self): return 1
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
