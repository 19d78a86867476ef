funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())

def accumulators():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = accumulators(); b = accumulators()
print(a(1), a(2), b(10), a(3))
print(a.__closure__[0].cell_contents)

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(4):
    bump()
print(counter)

def gen_closures():
    for i in range(3):
        def f(j=i):
            return j * 10
        yield f
print([f() for f in gen_closures()])

def late():
    fs = []
    for name in ["a", "b"]:
        def show():
            return name
        fs.append(show)
    return [f() for f in fs]
print(late())

def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g(), x
print(shadow())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())

class C:
    val = 5
    def m(self):
        return [self.val * k for k in range(3)]
print(C().m())

def cell_after_del():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
cell_after_del()
