class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "Vec(" + ", ".join(map(str, self.c)) + ")"
    def __str__(self):
        return "<" + " ".join(map(str, self.c)) + ">"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*[a * k for a in self.c])
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return any(self.c)
    def __hash__(self):
        return hash(tuple(self.c))
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
v, w = Vec(1, 2, 3), Vec(3, 2, 1)
print(v, repr(v), str(w), len(v), v[0], v[-1], v[1:], 2 in v, 9 in v, list(v))
print(v + w, v - w, v * 2, 3 * v, -v, abs(Vec(3, 4)), v == Vec(1, 2, 3), v != w, v < w, w > v)
print(bool(Vec(0, 0)), bool(v), sorted([Vec(5), Vec(1), Vec(3)]), max(Vec(1), Vec(9)), {v: 1}[Vec(1, 2, 3)])
v[0] = 10
del v[1]
print(v, [x * 2 for x in v], sum(v), f"{v}", "%s|%r" % (v, v))
u = v
u += Vec(1, 1)
print(u is v, v)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1) + 1
except AttributeError as e:
    print("AttributeError:", e)
