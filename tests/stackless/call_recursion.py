# Endless __call__ chains in a tasklet, and on a tasklet's own C stack: RecursionError, not a crash.
import stackless
def f():
    class A(object):
        def __call__(self):
            pass
    A.__call__ = A()
    try:
        A()()
    except RecursionError as e:
        print("in a tasklet:", e)
stackless.tasklet(f)()
stackless.run()
def g():
    class A(object):
        def __call__(self):
            pass
    A.__call__ = A()
    try:
        sorted([1, 2], key=lambda v: A()())
    except RecursionError as e:
        print("on a fiber:", e)
stackless.tasklet(g)()
stackless.run()
