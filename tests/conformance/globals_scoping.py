x = "global x"
def read():
    return x
def shadow():
    x = "local x"
    return x
def modify():
    global x
    x = "modified"
print(read(), shadow(), x)
modify()
print(x, read())
def make_global():
    global newly_created
    newly_created = 42
make_global()
print(newly_created)
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter
print(bump(5), bump(3), counter)
def outer():
    y = 1
    def inner():
        global y
        y = 2
    inner()
    return y
print(outer(), y)
print(sorted(k for k in globals() if not k.startswith("__")))
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print(loc(1))
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
