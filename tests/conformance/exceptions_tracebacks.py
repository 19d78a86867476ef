import sys
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)
    print(type(e.__traceback__).__name__)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
try:
    reraiser()
except RuntimeError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__)
def ctx():
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during handling")
try:
    ctx()
except TypeError as e:
    print(e, "context:", repr(e.__context__), "cause:", e.__cause__)
e = ValueError("v")
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
try:
    raise KeyError("k") from None
except KeyError as err:
    print(err.__suppress_context__, err.__cause__)
try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally before propagate")
except ValueError:
    print("propagated")
try:
    raise
except RuntimeError as err:
    print("RuntimeError:", err)
