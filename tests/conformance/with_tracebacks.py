"""Tracebacks of exceptions raised in __enter__ and __exit__ (and the body) name the with statement."""
import traceback, sys
class A:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("in exit")
class B:
    def __enter__(self):
        raise KeyError("in enter")
    def __exit__(self, *a):
        pass
def f(cm, fail=False):
    with cm:
        x = 1
        if fail:
            raise ValueError("body")
    return x
for cm, fail in ((A(), False), (A(), True), (B(), False)):
    try:
        f(cm, fail)
    except Exception:
        traceback.print_exc(file=sys.stdout)
