# Exception hierarchy details: catching by base class, tuple order, exception attributes and str.
errors = [ZeroDivisionError("zd"), FileNotFoundError(2, "missing", "f.txt"), KeyError("k"), IndexError("i"), UnicodeDecodeError if False else ValueError("v"), RecursionError("r"), NotImplementedError("n"), StopIteration(5), TimeoutError("t")]
for err in errors:
    try:
        raise err
    except (LookupError, ArithmeticError) as e:
        print("lookup/arith", type(e).__name__, e)
    except OSError as e:
        print("os", type(e).__name__, e.errno, e.filename)
    except RuntimeError as e:
        print("runtime", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, repr(e))
print([c.__name__ for c in RecursionError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
print(issubclass(TimeoutError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
e = StopIteration(1, 2); print(e.value, e.args)
s = SystemExit(3); print(s.code, repr(s))
k = KeyError("x"); print(str(k), repr(k), str(KeyError()), str(KeyError("a", "b")))
try:
    raise Exception("a") from ValueError("b")
except Exception as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
