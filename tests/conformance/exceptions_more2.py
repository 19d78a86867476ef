# Exceptions: ordering of else/finally, re-raise, chaining, custom classes, args, notes.
def f(x):
    try:
        if x == 0: raise ValueError("zero")
        if x == 1: return "returned"
    except ValueError as e:
        print("caught", e)
        return "from except"
    else:
        print("else ran")
    finally:
        print("finally", x)
    return "end"
print(f(0)); print(f(1)); print(f(2))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
h()
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try: raise MyError(42, "bad")
except MyError as e: print(e, e.code, e.args, repr(e))
class Empty(Exception): pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty(1, 2)), str(Empty("x")))
try:
    try: 1 / 0
    except ZeroDivisionError: raise
except ZeroDivisionError as e: print("reraised", e)
try:
    try: {}["k"]
    except KeyError as e: raise ValueError("converted") from None
except ValueError as e: print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try: raise TypeError("inner")
    except TypeError as e: raise RuntimeError("outer") from e
except RuntimeError as e: print(e, repr(e.__cause__), e.__cause__ is e.__context__)
e = ValueError("v"); print(e.args, e.__traceback__, e.__cause__, e.__context__)
try: raise ValueError
except ValueError as e: print(repr(e), e.args)
try: raise 5
except TypeError as e: print(e)
try:
    raise KeyError("a", "b")
except LookupError as e: print(type(e).__name__, e, e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
def nested():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
nested()
try:
    assert 1 == 2, "math broke"
except AssertionError as e: print("assert", e)
try: assert False
except AssertionError as e: print("bare assert", repr(e))
import sys
try: raise IndexError("idx")
except IndexError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb is not None)
print(sys.exc_info())
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("gen exit")
        raise
g2 = gen_exc(); next(g2); g2.close()
try:
    with open("/nonexistent/file") as fh: pass
except OSError as e: print(type(e).__name__, e.errno)
err = None
try: int("x")
except ValueError as err2: err = err2
print(type(err).__name__)
try: print(err2)
except NameError as e: print("NameError:", e)
for exc in [ValueError("a"), TypeError("b"), KeyError("c")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("group1", e)
    except Exception as e:
        print("other", repr(e))
class E2(Exception):
    pass
e = E2("msg"); e.extra = 5; print(e.extra, vars(e))
try:
    raise Exception("with", "args", 3)
except Exception as e: print(e, len(e.args))
print(BaseException.__name__, ValueError.__mro__)
