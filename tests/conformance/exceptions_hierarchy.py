classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, IndexError, KeyError, ValueError, TypeError, NameError, UnboundLocalError,
           RuntimeError, RecursionError, NotImplementedError, AttributeError, ImportError,
           ModuleNotFoundError, OSError, FileNotFoundError, StopIteration, AssertionError,
           SystemExit, KeyboardInterrupt, GeneratorExit, SyntaxError, IndentationError]
for c in classes:
    bases = [b.__name__ for b in c.__mro__]
    print(c.__name__, bases)
print(isinstance(IndexError(), LookupError), isinstance(KeyError(), IndexError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(TimeoutError, OSError))
e = OSError("disk full")
print(e, repr(e), e.args)
try:
    raise ArithmeticError("base arith")
except ZeroDivisionError:
    print("wrong")
except ArithmeticError as err:
    print("right", err)
def raiser(cls):
    raise cls("msg")
for cls in [IndexError, KeyError, ValueError]:
    try:
        raiser(cls)
    except LookupError as err:
        print("lookup", type(err).__name__)
    except Exception as err:
        print("exception", type(err).__name__)
print(str(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(1, 2).value)
print(repr(Exception("a", 1)), str(Exception("a", 1)), str(Exception()), repr(Exception()))
