"""A subset of os: files and directories, the environment, os.path (lib/posixpath.py)."""

import sys
import _os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
devnull = path.devnull
linesep = "\n"

environ = _os.environ
error = OSError

O_RDONLY = _os.O_RDONLY
O_WRONLY = _os.O_WRONLY
O_RDWR = _os.O_RDWR
O_CREAT = _os.O_CREAT
O_TRUNC = _os.O_TRUNC
O_APPEND = _os.O_APPEND
O_EXCL = _os.O_EXCL
SEEK_SET = _os.SEEK_SET
SEEK_CUR = _os.SEEK_CUR
SEEK_END = _os.SEEK_END

getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.remove
rename = _os.rename
getpid = _os.getpid
_exit = _os._exit
open = _os.open
close = _os.close
write = _os.write
lseek = _os.lseek
isatty = _os.isatty
strerror = _os.strerror


def getenv(key, default=None):
    return environ.get(key, default)


def replace(src, dst):
    rename(src, dst)


class stat_result:
    __slots__ = ("st_mode", "st_size", "st_mtime", "st_atime", "st_ctime", "st_ino", "st_dev",
                 "st_nlink", "st_uid", "st_gid")

    def __init__(self, values):
        for name, value in zip(self.__slots__, values):
            object.__setattr__(self, name, value)

    def __repr__(self):
        fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                  "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join(f"{f}={int(getattr(self, f))}" for f in fields) + ")"


def stat(p):
    return stat_result(_os.stat(p))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True):
    try:
        names = listdir(top)
    except OSError:
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown)
        yield top, dirs, nondirs


def fspath(p):
    if isinstance(p, str):
        return p
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
