# Class bodies: executed once, name resolution, class variables vs instance, comprehensions.
print("before")
class K:
    print("in body")
    x = 1
    y = x + 1
    items = [i * 2 for i in range(3)]
    def method(self): return K.x + self.y
    z = len(items)
    del y
print("after", K.x, K.items, K.z, hasattr(K, "y"), K().method() if False else "")
class Counter:
    total = 0
    def add(self):
        self.total += 1
        return self.total
a, b = Counter(), Counter(); a.add(); a.add(); b.add(); print(a.total, b.total, Counter.total)
class Shared:
    lst = []
    def push(self, v): self.lst.append(v)
s1, s2 = Shared(), Shared(); s1.push(1); s2.push(2); print(Shared.lst, s1.lst is s2.lst)
x = "global"
class Sc:
    x = "class"
    def m(self): return x
    def n(self): return self.x
print(Sc().m(), Sc().n())
def factory(n):
    class Inner:
        size = n
        def get(self): return self.size * n
    return Inner
I3 = factory(3); print(I3().get(), I3.size, I3.__qualname__)
class Outer:
    class Nested:
        v = 5
    def make(self): return self.Nested()
print(Outer.Nested.v, Outer().make().v, Outer.Nested.__qualname__)
class WithDoc:
    """Doc string."""
print(WithDoc.__doc__, WithDoc().__doc__, type(WithDoc.__dict__).__name__ if False else "", "__doc__" in WithDoc.__dict__)
class Props:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", val * 2))
p = Props(); p.v = 5; print(p.v)
