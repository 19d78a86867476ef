# open(): text files, modes, iteration, newlines, errors; io.StringIO.
import os
fn = "/tmp/eddy_io_test_%d.txt" % os.getpid()
with open(fn, "w") as f:
    print(f.write("line one\n"), f.writable(), f.readable(), f.closed, f.mode, f.name == fn)
    f.write("line two\nthird")
    print("ünïcode ✓", file=f)
print(f.closed)
with open(fn) as f:
    print(repr(f.read()))
with open(fn) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(fn, "a") as f:
    f.writelines(["x\n", "y\n"])
for i, line in enumerate(open(fn)):
    print(i, repr(line))
f = open(fn, encoding="utf-8")
print(f.read(4), f.read(5), repr(f.read(0)))
f.close()
try: f.read()
except ValueError as e: print(e)
try: open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e: print(e)
try: open(fn, "rw")
except ValueError as e: print(e)
try: open(fn, "r").write("x")
except Exception as e: print(type(e).__name__, e)
try: open("/tmp")
except IsADirectoryError as e: print(e)
try:
    open(fn, "x")
except FileExistsError as e: print("FEE", e.errno)
with open(fn, "w") as f: f.write("a\r\nb\rc\n")
print(repr(open(fn).read()), repr(open(fn, newline="").read()))
import io
s = io.StringIO()
s.write("hello\n"); s.write("world\n"); print(repr(s.getvalue()))
s.seek(0); print(s.readline(), end=""); print(s.read())
print(list(io.StringIO("a\nb\nc")))
os.remove(fn)
print(os.path.exists(fn))
