def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][5]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return "a" + 1
    if kind == 5:
        raise ValueError("custom", 42)
    if kind == 6:
        return undefined
    if kind == 7:
        return (1).foo
    return "ok"
for k in range(9):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except KeyError as e:
        print("key:", e, repr(e), e.args)
    except ValueError as e:
        print("value:", e, e.args)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no exception")
    finally:
        print("finally", k)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "", e.args)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise IndexError("b") from e
except IndexError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def f():
    try:
        return "try"
    finally:
        print("cleanup in f")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("g finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("h finally", i)
    return i
print(h())
