# Metaclasses: __new__/__init__/__call__/__prepare__, metaclass methods and properties, conflicts,
# __init_subclass__, __set_name__, __class_getitem__, __instancecheck__/__subclasscheck__.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "I am " + cls.__name__
    @property
    def upper_name(cls): return cls.__name__.upper()

class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v): self.v = v
    @classmethod
    def __init_subclass__(cls, **kw): print("A.__init_subclass__", cls.__name__, kw)
a = A(5)
print(a.v, A.registered, A.describe(), A.upper_name, type(A).__name__, isinstance(A, Meta), type(a).__name__)
class B(A, flag=2):
    pass
print(type(B) is Meta, B.describe(), B(1).v)

class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class C1(Base, tag="one"): pass
class C2(Base): pass
print(Base.subclasses, C1.tag, C2.tag)
try:
    class Bad(foo=1): pass
except TypeError as e: print(e)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self): print("Conf init")
print(Conf() is Conf())

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {"injected": 42}
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2, 3])
    def __getitem__(cls, k): return k * 2
    def __repr__(cls): return "<OM " + cls.__name__ + ">"
class O(metaclass=OrderedMeta):
    y = 2
print(O.injected, len(O), list(O), O[4], O, repr(O))

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e: print(e)

D = Meta("D", (), {"z": 3})
print(D.z, type(D).__name__)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return "desc:" + self.name
class HasDesc:
    field = Desc()
print(HasDesc().field)

class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Generic[int])

class ABCish(type):
    def __instancecheck__(cls, inst): return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub): return hasattr(sub, "quack")
class Duck(metaclass=ABCish): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
def func_meta(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)
class FM(metaclass=func_meta): pass
print(FM.made_by, type(FM).__name__)
class WithSuper(metaclass=Meta):
    def hello(self): return "hello from " + __class__.__name__
print(WithSuper().hello())
