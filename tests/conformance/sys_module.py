import sys
print(type(sys.argv).__name__, type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith("linux"))
print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.version_info[0], sys.version_info[0] >= 3)
sys.stdout.write("direct write\n")
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("q")
except KeyError:
    info = sys.exc_info()
    print(info[0] is KeyError, str(info[1]))
print(callable(sys.exit), sys.intern("abc") == "abc")
