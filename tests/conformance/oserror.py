# OSError: errno subclasses, attributes, str format.
e = OSError(2, "No such file or directory", "x.txt")
print(str(e), e.args, repr(e))
try:
    print(e.errno, e.strerror, e.filename)
except AttributeError as ex: print("AE", ex)
e2 = FileNotFoundError(2, "No such file")
print(e2)
print(type(OSError(2, "No such file or directory")).__name__)
