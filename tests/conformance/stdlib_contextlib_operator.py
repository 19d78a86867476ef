from contextlib import contextmanager, suppress, nullcontext
import operator
from operator import itemgetter, attrgetter, methodcaller
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("inner error")
except ValueError as e:
    print("propagated:", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    raise KeyError("k")
print("after swallow")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print("null", v)
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.lt(1, 2), operator.contains([1, 2], 2), operator.getitem("abc", 1))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 1)(rows[0]))
class P:
    def __init__(self, n):
        self.n = n
    def scaled(self, k):
        return self.n * k
ps = [P(3), P(1), P(2)]
print([p.n for p in sorted(ps, key=attrgetter("n"))], list(map(methodcaller("scaled", 10), ps)))
