def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
        finally:
            print("after", a, b)
print(list(safe_div([(1, 2), (3, 0), (4, 4)])))
def raiser():
    yield 1
    raise ValueError("in gen")
g = raiser()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")
for x in cleanup():
    print(x)
    break
print("after break")
c = cleanup()
next(c)
del c
print("after del")
def nested_gen():
    try:
        yield from inner_gen()
    except KeyError as e:
        print("outer caught", e)
        yield "recovered"
def inner_gen():
    yield "i1"
    raise KeyError("k")
print(list(nested_gen()))
def ctx_gen():
    with open_resource("r1") as r:
        yield r
class open_resource:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("open", self.n); return self.n
    def __exit__(self, *a):
        print("close", self.n, a[0])
g = ctx_gen()
print(next(g))
g.close()
g2 = ctx_gen(); next(g2)
try:
    g2.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
gr = gen_with_return_in_finally()
next(gr)
try:
    gr.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def exc_info_in_gen():
    import sys
    try:
        raise IndexError("idx")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(exc_info_in_gen()))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
