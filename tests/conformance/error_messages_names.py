def use_before_assign():
    total += 1
    total = 0
try:
    use_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(some_undefined_variable)
except NameError as e:
    print("NameError:", e)
def outer():
    def inner():
        return captured
    result = inner()
    captured = 1
    return result
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)
try:
    import no_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from sys import no_such_attr
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import sys
try:
    sys.no_attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
x = 1
del x
try:
    del x
except NameError as e:
    print("NameError:", e)
