# os and os.path basics.
import os
import os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/x", "/y"), join("a/", "b"), splitext("f.tar.gz"), splitext(".bashrc"))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.split("/"), os.path.basename("/a/b.py"), os.path.dirname("/a/b.py"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../x/../../y"), os.path.normpath(""), os.path.isabs("/q"))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/nonexistent/zz"))
print(os.sep, os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
d = "/tmp/eddy_os_test_dir_%d" % os.getpid()
if os.path.exists(d):
    for f in os.listdir(d): os.remove(os.path.join(d, f))
    os.rmdir(d)
os.makedirs(d + "/sub", exist_ok=True)
print(sorted(os.listdir(d)))
os.rmdir(d + "/sub")
try:
    os.remove(d + "/missing.txt")
except FileNotFoundError as e:
    print("FNF", e.errno, e.strerror, e.filename == d + "/missing.txt")
try:
    os.mkdir(d)
except FileExistsError as e:
    print("exists", type(e).__name__, e.errno)
os.rmdir(d)
print(os.getenv("EDDY_SURELY_UNSET", "dflt"), "PATH" in os.environ, os.path.expanduser("~/x").endswith("/x"))
print(isinstance(os.getpid(), int), os.getcwd() == os.path.abspath("."))
