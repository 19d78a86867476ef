# traceback: format_exc, print_exc, extract_tb, chained exceptions, limits, stacks.
import sys
import traceback

def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)

try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, fs.filename.endswith(".py"))
    print(traceback.format_exception_only(value))
    print("".join(traceback.format_tb(tb)), end="")
    print(traceback.format_exception(etype, value, tb)[-1], end="")

class AppError(Exception):
    pass

def wrap():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise AppError("wrapped") from e

try:
    wrap()
except AppError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(type(e), e))

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise RuntimeError("second")
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout, chain=False)

def deep(n):
    if n == 0:
        raise RecursionError("simulated")
    deep(n - 1)
try:
    deep(10)
except RecursionError:
    traceback.print_exc(file=sys.stdout, limit=4)
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[-2])

def where():
    return traceback.extract_stack()[-1].name, len(traceback.format_stack()) > 0
print(where())
print(traceback.format_exc())
try:
    raise SyntaxError("bad thing", ("f.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError:
    print(traceback.format_exc().splitlines()[-4:])
