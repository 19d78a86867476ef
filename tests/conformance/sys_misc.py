# sys details: version_info comparisons, maxsize, getrecursionlimit, modules, intern, stdout.write.
import sys
print(sys.version_info >= (3, 0), sys.version_info[0], sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith("linux"))
old = sys.getrecursionlimit(); sys.setrecursionlimit(2000); print(sys.getrecursionlimit()); sys.setrecursionlimit(old)
print("sys" in sys.modules, type(sys.modules).__name__, isinstance(sys.path, list), isinstance(sys.argv, list))
a = sys.intern("hello world!"); b = sys.intern("hello world!"); print(a is b)
n = sys.stdout.write("written\n"); print(n)
print(sys.exc_info() == (None, None, None))
try: raise ValueError("v")
except ValueError: print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
def depth():
    f = sys._getframe(); n = 0
    while f is not None: n += 1; f = f.f_back
    return n
print(depth() >= 2, sys._getframe().f_code.co_name)
try: sys.exit(0)
except SystemExit as e: print("exit code", e.code)
