# Annotations: def parameters and return, module and class variable annotations.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    x: int = 5
    return x
print(f.__annotations__, f(1))
def g(): pass
print(g.__annotations__)
y: int = 3
z: str
print(__annotations__, y)
class P:
    name: str
    age: int = 0
    def m(self) -> None: pass
print(P.__annotations__, P.age, P.m.__annotations__, hasattr(P, "name"))
class Q:
    def meth(self): pass
print("__annotations__" in Q.__dict__)
class R:
    if True:
        flag: bool = True
print(R.__annotations__)
