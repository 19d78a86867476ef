import sys
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return n

for n in range(3):
    try:
        r = risky(n)
    except (ValueError, KeyError) as e:
        print("caught", type(e).__name__, repr(e), e.args)
    else:
        print("ok", r)
    finally:
        print("finally", n)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError
    except ValueError:
        raise IndexError from None
except IndexError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)

e = ValueError("msg")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.code)

print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info()[0])

def gen():
    try:
        yield 1
    except GeneratorExit:
        print("closing gen")
        raise
g = gen(); next(g); g.close()

try:
    raise Exception("a", 1, None)
except Exception as e:
    print(str(e), e.args)
print(str(Exception()), repr(Exception()), str(KeyError("k")), str(KeyError()))
print(isinstance(StopIteration(), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print(ArithmeticError.__subclasses__()[:3] if False else [c.__name__ for c in ZeroDivisionError.__mro__])
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), type(err).__name__)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g2():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
g2()
