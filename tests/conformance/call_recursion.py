# An instance whose __call__ is an instance with a __call__ ...: RecursionError, not a crash.
class A(object):
    def __call__(self):
        pass
A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError", e)
class B:
    def __call__(self): pass
class C:
    def __call__(self): pass
B.__call__ = C()
C.__call__ = B()
try:
    B()()
except RecursionError as e:
    print("RecursionError", e)
