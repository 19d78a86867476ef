class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
    print("not reached")
print("after")

def f():
    with CM("ret"):
        return "returned"
print(f())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

try:
    with CM("err"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

class Bad:
    def __enter__(self):
        raise RuntimeError("enter fails")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), Bad():
        print("no")
except RuntimeError as e:
    print("RuntimeError", e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

from contextlib import contextmanager, suppress, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("text", t)
with tag("x"):
    raise ValueError("inside")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with nullcontext(42) as n:
    print(n)
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
