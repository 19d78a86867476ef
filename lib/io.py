"""Files: open() gives a TextIOWrapper (UTF-8 text) or, in binary mode, a BufferedFile of bytes,
both on the file descriptors of the native _os module. A file opened for reading reads its
contents on the first read; writes go straight to the descriptor.
"""

import _os

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    kinds = set(mode)
    if len(kinds) != len(mode) or not kinds <= set("rwaxbt+"):
        raise ValueError(f"invalid mode: '{mode}'")
    creating, reading, writing, appending = "x" in kinds, "r" in kinds, "w" in kinds, "a" in kinds
    if creating + reading + writing + appending != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in kinds and "t" in kinds:
        raise ValueError("can't have text and binary mode at once")
    return creating, reading, writing, appending, "+" in kinds


class _Reading:
    """read/readline/readlines and line iteration over a whole-file buffer: the class gives
    _reading_buffer(what) (the contents, after its own checks), _NL and self._pos."""
    _NL = "\n"

    def read(self, size=-1):
        buf = self._reading_buffer("read")
        end = len(buf) if size is None or size < 0 else min(len(buf), self._pos + size)
        chunk = buf[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        buf = self._reading_buffer("readline")
        end = buf.find(self._NL, self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = buf[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class TextIOWrapper(_Reading):
    def __init__(self, name, mode, fd, readable, writable, newline):
        self.name = name
        self.mode = mode
        self.encoding = "UTF-8"
        self.errors = "strict"
        self.newlines = None
        self._fd = fd
        self._readable = readable
        self._writable = writable
        self._newline = newline
        self._buffer = None
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def _fill(self):
        if self._buffer is None:
            data = _os.read_all(self._fd)
            if self._newline is None:
                data = data.replace("\r\n", "\n").replace("\r", "\n")
            self._buffer = data
            self._pos = 0

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        self._check_open()
        return self._fd

    def isatty(self):
        self._check_open()
        return _os.isatty(self._fd)

    def _reading_buffer(self, what):
        self._check_readable()
        self._fill()
        return self._buffer

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self._buffer is not None:  # reading and writing (r+): write at the read position
            _os.lseek(self._fd, _os.byte_length(self._buffer[:self._pos]), SEEK_SET)
            self._buffer = None
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        _os.write(self._fd, s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def seek(self, offset, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET and offset == 0:
            self._buffer = None
            _os.lseek(self._fd, 0, SEEK_SET)
            return 0
        if whence == SEEK_END and offset == 0:
            self._buffer = None
            return _os.lseek(self._fd, 0, SEEK_END)
        if whence == SEEK_CUR and offset == 0:
            return self.tell()
        raise UnsupportedOperation("eddy's text files seek only to the start or the end")

    def tell(self):
        self._check_open()
        if self._buffer is not None:
            return _os.byte_length(self._buffer[:self._pos])
        return _os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate")

    def close(self):
        if not self._closed:
            self._closed = True
            self._buffer = None
            _os.close(self._fd)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if self._closed:
            return "<_io.TextIOWrapper [closed]>"
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    creating, reading, writing, appending, updating = _parse_mode(mode)
    if encoding is not None and encoding.lower().replace("-", "").replace("_", "") not in ("utf8", "ascii"):
        raise LookupError(f"eddy reads and writes UTF-8 only, not {encoding!r}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}")
    if reading:
        flags = _os.O_RDWR if updating else _os.O_RDONLY
    else:
        flags = (_os.O_RDWR if updating else _os.O_WRONLY) | _os.O_CREAT
        if writing:
            flags |= _os.O_TRUNC
        elif appending:
            flags |= _os.O_APPEND
        else:
            flags |= _os.O_EXCL
    fd = _os.open(file, flags, 0o666)
    try:
        if _os.stat(file)[0] & _os.S_IFMT == _os.S_IFDIR:
            raise IsADirectoryError(21, "Is a directory", file)
    except BaseException:
        _os.close(fd)
        raise
    if "b" in mode:
        return BufferedFile(file, mode, fd, reading or updating, not reading or updating)
    return TextIOWrapper(file, mode, fd, reading or updating, not reading or updating, newline)


class BufferedFile(_Reading):
    """A file opened in binary mode: read() gives bytes, write() takes bytes."""

    def __init__(self, name, mode, fd, readable, writable):
        self.name = name
        self.mode = mode
        self._fd = fd
        self._readable = readable
        self._writable = writable
        self._buffer = None
        self._pos = 0
        self.closed = False

    def _check(self, flag, what):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not flag:
            raise UnsupportedOperation(what)

    _NL = b"\n"

    def _reading_buffer(self, what):
        self._check(self._readable, what)
        if self._buffer is None:
            self._buffer = _os.read_all(self._fd, True)
            self._pos = 0
        return self._buffer

    def write(self, data):
        self._check(self._writable, "write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _os.write(self._fd, bytes(data))

    def seek(self, offset, whence=SEEK_SET):
        self._buffer = None
        return _os.lseek(self._fd, offset, whence)

    def tell(self):
        if self._buffer is not None:
            return self._pos
        return _os.lseek(self._fd, 0, SEEK_CUR)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            _os.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        return f"<_io.BufferedReader name={self.name!r}>"


class BytesIO(_Reading):
    """An in-memory binary file."""

    def __init__(self, initial_bytes=b""):
        self._data = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def write(self, b):
        n = len(b)
        self._data[self._pos:self._pos + n] = b
        self._pos += n
        return n

    _NL = b"\n"

    def _reading_buffer(self, what):
        return bytes(self._data)

    def getvalue(self):
        return bytes(self._data)

    def seek(self, pos, whence=0):
        self._pos = pos if whence == 0 else len(self._data) + pos if whence == 2 else self._pos + pos
        return self._pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Reading):
    """An in-memory text file."""

    def __init__(self, initial_value="", newline="\n"):
        self._chunks = [initial_value] if initial_value else []
        self._value = None
        self._pos = 0
        self.closed = False

    def _text(self):
        if self._value is None:
            self._value = "".join(self._chunks)
            self._chunks = [self._value]
        return self._value

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        text = self._text()
        if self._pos == len(text):
            self._chunks.append(s)
            self._value = None
        else:
            self._value = text[:self._pos] + s + text[self._pos + len(s):]
            self._chunks = [self._value]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check_open()
        return self._text()

    def _reading_buffer(self, what):
        self._check_open()
        return self._text()

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._text())
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        self._value = self._text()[:size]
        self._chunks = [self._value]
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self
