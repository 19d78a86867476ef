# Subclasses of str, tuple, set and frozenset (and list/dict): construction, __new__, methods, repr, attributes.
class S(str):
    def shout(self): return self.upper() + "!"
    def __repr__(self): return "S(" + str.__repr__(self) + ")"
s = S("hi")
print(s, repr(s), str(s), type(str(s)).__name__, s == "hi", hash(s) == hash("hi"), {s: 1}["hi"])
print(s.shout(), isinstance(s, str), len(s), s + "x", type(s + "x").__name__, s[0], "%s!" % s, f"{s}?")
s.tag = 5; print(s.tag, s.__dict__)
print(",".join([s, s]), s.split("i"), s * 2, "h" in s, sorted([S("b"), S("a")]))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc"); print(u, type(u).__name__, u.lower(), isinstance(u, Upper))
class T(tuple):
    pass
t = T((1,2)); print(t, T(), len(t), t[0], t + (3,), t == (1, 2), type(t + (3,)).__name__, tuple(t), type(tuple(t)).__name__)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y): return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return "Point(x=%r, y=%r)" % self
p = Point(1, 2); print(p, p.x, hash(p) == hash((1, 2)), *p)
try:
    p.z = 3
except AttributeError as e: print("AE", e)
class St(set):
    def add_twice(self, x): self.add(x); self.add(x)
st = St([1, 2, 2]); print(len(st), st, St(), type(st | {5}).__name__)
st.add_twice(9); print(sorted(st))
class F(frozenset): pass
f = F([1]); print(f, F(), hash(f) == hash(frozenset([1])), f == frozenset([1]))
class St2(set):
    def __init__(self, items, extra):
        super().__init__(items)
        self.extra = extra
s2 = St2([3], "e"); print(s2, s2.extra)
print(str.__new__(str, 5), tuple.__new__(tuple, [1]))
try: str.__new__(T)
except TypeError as e: print(e)
class L(list):
    def push(self, x): self.append(x)
l = L(); l.push(3); print(l)
class D(dict):
    def __missing__(self, k): return 0
d = D(); print(d['x'])
print(issubclass(S, str), S.__mro__, S.__bases__)
