import sys
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling", sys.exc_info()[1])
        raise
except ValueError as e:
    print("re-raised", e)
def nested():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError as e:
            print("inner", sys.exc_info()[0].__name__)
        print("after inner", sys.exc_info()[0].__name__)
nested()
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(TaskletExit if False else SystemExit, BaseException), issubclass(KeyboardInterrupt, Exception))
e = ValueError("a", "b")
print(e.args, str(e), repr(e), repr(ValueError()), str(KeyError("x")), str(KeyError()))
try:
    raise Exception("base")
except BaseException as b:
    print("caught base", b)
class_tuple = (TypeError, ValueError)
try:
    int("nope")
except class_tuple as e:
    print("tuple match", type(e).__name__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
def exc_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            print("finally runs during exception")
    except ValueError as e:
        print("still caught", e)
exc_in_finally()
try:
    raise StopIteration(5)
except StopIteration as s:
    print("stop value", s.value)
try:
    sys.exit(3)
except SystemExit as s:
    print("exit code", s.code)
e2 = None
try:
    1 / 0
except ZeroDivisionError as e2:
    pass
try:
    e2
except NameError as n:
    print("as-name cleared:", n)
