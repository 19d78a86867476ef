# Less common special methods: __len__/__bool__ interplay, __contains__ fallback, __index__, __format__, __iter__ vs __getitem__, __missing__, __reversed__.
class Box:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __format__(self, spec): return f"Box[{len(self)}]" if not spec else f"Box<{spec}>"
    def __reversed__(self): return iter(self.items[::-1])
    def __repr__(self): return f"Box({self.items!r})"
b = Box([1, 2, 3])
print(bool(Box([])), bool(b), 2 in b, 9 in b, list(b), list(reversed(b)), f"{b}", f"{b:wide}", b[1:], b[-1])
class Default(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
d = Default(); print(d["a"], d["b"], d["a"], d, d.get("zz"), "zz" in d)
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print([10, 20, 30][Idx(2)], "abcdef"[Idx(1):Idx(3)], bin(Idx(5)), range(Idx(3)), (1, 2, 3)[Idx(0)])
class Truthy:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Truthy()), "yes" if Truthy() else "no", not Truthy())
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, Eq) and self.v == other.v
    def __hash__(self): return hash(self.v)
print(Eq(1) in [Eq(1)], [Eq(1)].index(Eq(1)), [Eq(1), Eq(2)].count(Eq(2)), {Eq(1), Eq(1)}.__len__(), Eq(1) != Eq(2))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return self + o
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2), Num(3)]), sum([Num(1)], Num(10)), 5 + Num(1))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as c: print("inside", type(c).__name__)
with Ctx(): raise KeyError("suppressed")
try:
    with Ctx(): raise ValueError("propagates")
except ValueError as e: print("caught", e)
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
