# contextlib: contextmanager with exceptions, nesting, suppress, ExitStack ordering, nullcontext.
from contextlib import contextmanager, suppress, ExitStack, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t, tag("b") as u: print("body", t, u)
with tag("c"): raise ValueError("inside c")
try:
    with tag("d"): raise KeyError("escapes")
except KeyError as e: print("outer caught", e)
with suppress(ZeroDivisionError, KeyError): 1 / 0
print("after suppress")
with ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    print("all entered")
with nullcontext(42) as v: print(v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print("RuntimeError", e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print("RuntimeError", e)
