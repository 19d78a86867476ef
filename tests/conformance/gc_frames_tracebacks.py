# Cycles through frames: an exception kept in a local of the frame its traceback holds, a
# generator whose frame refers to the generator, a closure over itself, a bound method stored on
# its own instance.
import gc
import sys


class Witness:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def keep_exception():
    w = Witness("exception cycle")
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e  # err -> traceback -> this frame -> err
    return None


gc.collect()
keep_exception()
print("returned")
gc.collect()
print("collected")


def keep_exc_info():
    w = Witness("exc_info cycle")
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()


keep_exc_info()
gc.collect()
print("collected")


def counter():
    w = Witness("generator frame")
    me = yield 0
    yield me


g = counter()
next(g)
g.send(g)
del g
gc.collect()
print("collected")


def closure():
    w = Witness("closure")

    def inner():
        return inner, w

    return inner


closure()
gc.collect()
print("collected")


class Holder:
    def __init__(self):
        self.w = Witness("bound method")
        self.m = self.method

    def method(self):
        pass


Holder()
gc.collect()
print("collected")

# A traceback kept alive on purpose keeps its frames' locals alive.
def fail():
    w = Witness("kept traceback")
    raise ValueError("v")


try:
    fail()
except ValueError as e:
    saved = e
print("still alive", saved.__traceback__.tb_next.tb_frame.f_code.co_name)
del saved
gc.collect()
print("end")
