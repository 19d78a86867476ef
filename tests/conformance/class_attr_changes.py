# Class namespaces changed after use: every look-up sees the change at once (eddy caches
# attribute look-ups per class, so this checks that the cache is invalidated).
class Base:
    kind = "base"
    def who(self):
        return "Base.who"

class Child(Base):
    pass

c = Child()
for _ in range(3):
    print(c.who(), c.kind, Child.kind)

Child.who = lambda self: "Child.who"
print(c.who())
del Child.who
print(c.who())
Base.who = lambda self: "new Base.who"
print(c.who())
Base.kind = "changed"
print(c.kind, Child.kind)
setattr(Child, "kind", "child")
print(c.kind, Base().kind)
delattr(Child, "kind")
print(c.kind)
c.kind = "instance"
print(c.kind)
del c.kind
print(c.kind)

try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
Base.__len__ = lambda self: 42
print(len(c))
Child.__len__ = lambda self: 7
print(len(c), len(Base()))
del Child.__len__
print(len(c))

print(c == Child())
Base.__eq__ = lambda self, other: True
Base.__hash__ = lambda self: 1
print(c == Child(), hash(c))

class P:
    @property
    def value(self):
        return "property"
p = P()
p.__dict__["value"] = "instance dict"
print(p.value)
P.value = "plain class attribute"
print(p.value)
del P.value
print(p.value)

def make(n):
    class Fresh:
        x = n
    return Fresh
for i in range(3):
    print(make(i)().x)
