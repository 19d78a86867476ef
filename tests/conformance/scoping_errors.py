def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
def g():
    def h():
        return y
    return h()
try:
    g()
except NameError as e:
    print("NameError:", e)
def k():
    v = 1
    del v
    return v
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e)
