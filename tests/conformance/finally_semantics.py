# try/finally corner cases: return/break/continue in finally, exceptions replaced, nesting.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f2 finally", i)
    return i
print(f2())
def f3():
    try:
        raise ValueError("original")
    finally:
        return "swallowed"
print(f3())
def f4():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(f4())
def f5():
    x = []
    for i in range(4):
        try:
            if i % 2: continue
            x.append(i)
        finally:
            x.append("f")
    return x
print(f5())
def f6():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else")
        return "else-return"
    finally:
        print("finally after else")
print(f6())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
def nested():
    out = []
    try:
        try:
            out.append("a")
            raise KeyError("k")
        except KeyError:
            out.append("b")
            raise
        finally:
            out.append("c")
    except KeyError:
        out.append("d")
    finally:
        out.append("e")
    return out
print(nested())
count = 0
while True:
    try:
        count += 1
        if count > 2: break
    finally:
        print("loop finally", count)
