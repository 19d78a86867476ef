class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
def early():
    for n in range(3):
        with Resource(f"loop{n}"):
            if n == 1:
                return "returned"
            if n == 0:
                continue
    return "end"
print(early())
def broken():
    with Resource("x"):
        with Resource("y", suppress=True):
            1 / 0
        print("y suppressed the error")
        return 5
print(broken())
class Timer:
    def __enter__(self):
        self.log = ["start"]
        return self.log
    def __exit__(self, *exc):
        self.log.append("stop")
t = Timer()
with t as log:
    log.append("work")
print(t.log)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
