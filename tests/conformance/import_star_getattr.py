"""from m import * with __all__ names that the module's __getattr__ provides (PEP 562)."""
import sys, types
m = types.ModuleType("lazy")
m.__all__ = ["a", "b"]
m.a = 1
def __getattr__(name):
    if name == "b":
        return "from getattr"
    raise AttributeError(f"module 'lazy' has no attribute '{name}'")
m.__getattr__ = __getattr__
sys.modules["lazy"] = m
from lazy import *
print(a, b)
m.__all__.append("c")
try:
    from lazy import *
except AttributeError as e:
    print(e)
