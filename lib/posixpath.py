"""os.path for POSIX systems: pure path manipulation plus the queries that stat the file system."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _check(p, fname):
    if not isinstance(p, str):
        raise TypeError(f"{fname}() argument must be str, not {type(p).__name__}")


def isabs(s):
    _check(s, "isabs")
    return s.startswith("/")


def join(a, *p):
    _check(a, "join")
    path = a
    for b in p:
        _check(b, "join")
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    _check(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    _check(p, "splitext")
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def splitdrive(p):
    return p[:0], p


def basename(p):
    _check(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    _check(p, "dirname")
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    _check(path, "normpath")
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    _check(path, "abspath")
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    _check(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get("HOME")
    if home is None:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def _mode(path):
    try:
        return _os.stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isfile(path):
    m = _mode(path)
    return m is not None and (m & _os.S_IFMT) == _os.S_IFREG


def isdir(path):
    m = _mode(path)
    return m is not None and (m & _os.S_IFMT) == _os.S_IFDIR


def islink(path):
    return False


def getsize(path):
    return _os.stat(path)[1]


def getmtime(path):
    return _os.stat(path)[2]


def getatime(path):
    return _os.stat(path)[3]


def getctime(path):
    return _os.stat(path)[4]
