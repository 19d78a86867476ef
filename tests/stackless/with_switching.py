# __enter__/__exit__ written in script run as frames of the loop: nesting_level 0 inside them, and a
# tasklet blocks in them softly (a lock written in script), through return/break/continue/exceptions.
import stackless
class C:
    def __enter__(self):
        print("enter", stackless.getcurrent().nesting_level)
        return self
    def __exit__(self, *a):
        print("exit", stackless.getcurrent().nesting_level)
def f():
    print("body", stackless.getcurrent().nesting_level)
    with C():
        pass
stackless.tasklet(f)()
stackless.run()
import stackless, sys
class Lock:
    def __init__(self): self.ch = stackless.channel(); self.held = False
    def __enter__(self):
        while self.held:
            self.ch.receive()
        self.held = True
        return self
    def __exit__(self, *exc):
        self.held = False
        if self.ch.balance < 0: self.ch.send(None)
        print("exit", exc[0].__name__ if exc[0] else None, stackless.current.nesting_level)
        return exc[0] is KeyError
lock = Lock()
def worker(n):
    with lock as l:
        print("in", n, l is lock, stackless.current.nesting_level)
        stackless.schedule()
        if n == 1: raise KeyError(n)
        if n == 2: return "ret"
    print("after", n)
for i in range(4): stackless.tasklet(worker)(i)
stackless.run()
class Gen:
    def __enter__(self):
        yield 1
    __exit__ = lambda self, *a: print("lambda exit", a[0])
with Gen() as g:
    print(type(g).__name__)
class Bad:
    def __enter__(self, extra): pass
    def __exit__(self, *a): pass
try:
    with Bad(): pass
except TypeError as e:
    print(e)
class Raises:
    def __enter__(self): raise ValueError("enter")
    def __exit__(self, *a): print("not called")
try:
    with Raises(): pass
except ValueError as e:
    print(e)
def f():
    for i in range(3):
        with Lock():
            if i == 1: continue
            if i == 2: break
    with Lock():
        return 5
print(f())
