x = "global"
def read_global():
    return x
def shadow_local():
    x = "local"
    return x
def modify_global():
    global x
    x = "modified"
print(read_global(), shadow_local(), x)
modify_global()
print(x)
def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    y = 1
unbound()
def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
unbound_local()
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    inc(); inc()
    return get(), inc
c, inc = outer()
print(c, inc(), inc())
def make():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = make()
a(1)
print(a(2))
class Scope:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scope().method(), Scope.y, Scope.x)
def gen_scope():
    total = 0
    for i in range(3):
        total += i
        yield total
print(list(gen_scope()))
def nested_global():
    def inner():
        global z
        z = "set by inner"
    inner()
nested_global()
print(z)
print("x" in globals(), "zz" in globals(), sorted(k for k in locals() if k in ("a", "c", "x")))
def local_names(p, q=2):
    r = p + q
    return sorted(locals().items())
print(local_names(1))
lam = lambda: x
x = "changed again"
print(lam())
def f():
    return [g() for g in [lambda: i for i in range(2)]]
print(f())
try:
    exec("nonlocal_x = 1\ndef t():\n    nonlocal nonlocal_x\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
