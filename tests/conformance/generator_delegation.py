# yield from: throw(), close() and send() reach the delegate; return values of delegates.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 100
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
g2 = outer(); next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e: print("propagated", e)
g3 = outer(); next(g3); g3.close(); print("closed")
def sub():
    x = yield "a"
    print("sub got", x)
    return "ret"
def deleg():
    v = yield from sub()
    print("v", v)
    yield "b"
d = deleg(); print(next(d)); print(d.send("S"))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration(7)
        return self.i
def over(): r = yield from It(); print("r", r); yield "end"
print(list(over()))
def thrower():
    yield from It()
t = thrower(); next(t)
try: t.throw(IndexError("ie"))
except IndexError as e: print("IE", e)
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
def outer2():
    yield from gen_exit()
o = outer2(); next(o); o.close(); print("done")
