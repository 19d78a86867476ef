class Outer:
    class Inner:
        pass
    def method(self):
        return "method"
print(Outer, Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__name__)
o = Outer()
o.method = lambda: "instance attribute wins"
print(o.method(), Outer().method(), Outer.method(o))
class Base:
    def __init__(self, v=1):
        self.v = v
class NoInit(Base):
    pass
print(NoInit().v, NoInit(5).v)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s" % OnlyRepr())
class OnlyStr:
    def __str__(self):
        return "just str"
print(OnlyStr(), [str(OnlyStr())], repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Cmp):
            return NotImplemented
        return self.v == other.v
print(Cmp(1) == Cmp(1), Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) in [Cmp(0), Cmp(1)])
class Shared:
    items = []
    count = 0
s1, s2 = Shared(), Shared()
s1.items.append(1)
s1.count += 1
print(Shared.items, s2.items, Shared.count, s1.count, s2.count)
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), (C, A)), issubclass(B, (C,)), issubclass(B, object), type(B()) is B)
class Err1(Exception): pass
class Err2(Err1): pass
for cls in (Err1, Err2, KeyError):
    try:
        raise cls("x")
    except Err2:
        print("Err2 handler", cls.__name__)
    except Err1:
        print("Err1 handler", cls.__name__)
    except Exception:
        print("Exception handler", cls.__name__)
class Holder:
    def __init__(self):
        self.others = []
h = Holder()
h.others.append(h)
print(len(h.others), h.others[0] is h)
class WithClassAttrFunc:
    def helper(x):
        return x * 2
    value = helper(21)
print(WithClassAttrFunc.value)
