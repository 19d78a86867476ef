# Binary files (open 'rb'/'wb') and io.BytesIO.
import os, io
fn = "/tmp/eddy_bin_%d.dat" % os.getpid()
with open(fn, "wb") as f:
    print(f.write(b"\x00\x01binary\xff\n"), f.write(bytes(range(5))))
with open(fn, "rb") as f:
    data = f.read(); print(data, len(data), type(data).__name__)
with open(fn, "rb") as f:
    print(f.readline(), f.read(2), f.read())
b = io.BytesIO(); b.write(b"abc"); b.write(b"def"); print(b.getvalue()); b.seek(1); print(b.read(2))
try: open(fn, "wb").write("text")
except TypeError as e: print(e)
os.remove(fn)
