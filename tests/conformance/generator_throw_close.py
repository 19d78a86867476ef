# Generator throw/close semantics: handled throws, re-raising, close with cleanup, yield in finally.
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    yield 3
gen = g(); print(next(gen), gen.throw(ValueError("x")), next(gen))
try: next(gen)
except StopIteration: print("exhausted")
def h():
    try:
        yield 1
    finally:
        print("cleanup h")
gen = h(); next(gen); gen.close(); print(gen.gi_frame is None if hasattr(gen, "gi_frame") else True)
try: gen.throw(KeyError("after close"))
except KeyError as e: print("KeyError", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn(); next(s)
try: s.close()
except RuntimeError as e: print("RuntimeError", e)
def counter():
    n = 0
    while True:
        try:
            n += yield n
        except TypeError:
            n = -100
c = counter(); next(c); print(c.send(5), c.send(10), c.throw(TypeError), c.send(1))
def unstarted(): yield 1
u = unstarted()
try: u.throw(ValueError("early"))
except ValueError as e: print("raised before start:", e)
print(list(u))
