def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print(f"finally for {x}")
for x in range(3):
    print(f(x))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(5):
        try:
            if i == 3:
                break
        finally:
            print("cleanup", i)
    else:
        print("no break")
    return i
print(h())
def nested_finally():
    out = []
    try:
        try:
            out.append("inner try")
            raise KeyError("k")
        finally:
            out.append("inner finally")
    except KeyError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out
print(nested_finally())
def except_in_loop():
    results = []
    for v in ["1", "x", "3", None]:
        try:
            results.append(int(v))
        except ValueError:
            results.append("bad")
            continue
        except TypeError:
            results.append("none")
            break
        finally:
            results.append("|")
    return results
print(except_in_loop())
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
print(swallow())
def while_finally():
    n = 0
    while n < 3:
        try:
            n += 1
            continue
        finally:
            print("wf", n)
    return n
print(while_finally())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        print("stopped at", count)
        break
