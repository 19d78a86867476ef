"""The types module: the interpreter's types by name, SimpleNamespace, new_class."""
import types
for n in ["FunctionType", "LambdaType", "CodeType", "BuiltinFunctionType", "BuiltinMethodType", "ModuleType",
          "GeneratorType", "MethodType", "CellType", "TracebackType", "FrameType", "NoneType", "EllipsisType",
          "NotImplementedType", "UnionType"]:
    print(n, getattr(types, n))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns.a)
try:
    types.SimpleNamespace({"q": 2}, r=3)
except TypeError as e:
    print(e)
print(types.SimpleNamespace(r=3))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"added": 1}
C = types.new_class("C", (object,), {"metaclass": Meta, "flag": 1} if False else {"metaclass": Meta}, lambda ns: ns.update(x=5))
print(C, C.x, C.added, type(C))
m = types.ModuleType("mod", "doc")
print(m.__name__, m.__doc__)
print(isinstance(print, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
def f(self): return self
class K: pass
bm = types.MethodType(f, K())
print(type(bm) is types.MethodType, bm() is bm.__self__)
print(types.prepare_class("X"))
