# An uncaught exception prints a traceback on stderr and exits with status 1.
print("before the error")
def fail():
    raise KeyError("missing")
fail()
print("not reached")
