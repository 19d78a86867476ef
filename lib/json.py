"""json, written in eddy: dumps/dump and loads/load with CPython's output and error messages."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, indent, separators, sort_keys, ensure_ascii, default, allow_nan, skipkeys):
        if isinstance(indent, int):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (",", ": ") if indent is not None else (", ", ": ")
        self.item_sep, self.key_sep = separators
        self.sort_keys, self.ensure_ascii = sort_keys, ensure_ascii
        self.default, self.allow_nan, self.skipkeys = default, allow_nan, skipkeys
        self.markers = set()

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if isinstance(key, int):
            return str(key)
        return None

    def encode(self, o, level):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return str(o)
        if isinstance(o, float):
            return _float_text(o, self.allow_nan)
        if isinstance(o, (list, tuple)):
            return self.encode_list(o, level)
        if isinstance(o, dict):
            return self.encode_dict(o, level)
        if self.default is not None:
            return self.encode(self.default(o), level)
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def open(self, level):
        if self.indent is None:
            return "", self.item_sep, ""
        inner = "\n" + self.indent * (level + 1)
        return inner, self.item_sep + inner, "\n" + self.indent * level

    def check_circular(self, o):
        if id(o) in self.markers:
            raise ValueError("Circular reference detected")
        self.markers.add(id(o))

    def encode_list(self, o, level):
        if not o:
            return "[]"
        self.check_circular(o)
        first, sep, last = self.open(level)
        text = "[" + first + sep.join(self.encode(v, level + 1) for v in o) + last + "]"
        self.markers.discard(id(o))
        return text

    def encode_dict(self, o, level):
        if not o:
            return "{}"
        self.check_circular(o)
        first, sep, last = self.open(level)
        items = sorted(o.items()) if self.sort_keys else list(o.items())
        parts = []
        for k, v in items:
            key = self.key_text(k)
            if key is None:
                if self.skipkeys:
                    continue
                raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            parts.append(_encode_string(key, self.ensure_ascii) + self.key_sep + self.encode(v, level + 1))
        self.markers.discard(id(o))
        return "{" + first + sep.join(parts) + last + "}"


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False):
    return _Encoder(indent, separators, sort_keys, ensure_ascii, default, allow_nan, skipkeys).encode(obj, 0)


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


_WS = " \t\n\r"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Decoder:
    def __init__(self, s):
        self.s = s

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        i = self.skip(i)
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.obj(i + 1)
        if c == "[":
            return self.array(i + 1)
        for word, value in (("null", None), ("true", True), ("false", False),
                            ("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", -float("inf"))):
            if s.startswith(word, i):
                return value, i + len(word)
        return self.number(i)

    def number(self, i):
        s = self.s
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        start_digits = j
        while j < len(s) and s[j].isdigit():
            j += 1
        if j == start_digits:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j < len(s) and s[j] == "." and j + 1 < len(s) and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and s[k].isdigit():
                is_float = True
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (float(text) if is_float else int(text)), j

    def string(self, i):
        s = self.s
        begin = i - 1
        out = []
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c == '"':
                return "".join(out), i + 1
            if c == "\\":
                if i + 1 >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                e = s[i + 1]
                if e == "u":
                    code = self.hex4(i + 2)
                    i += 6
                    if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                        low = self.hex4(i + 2)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                    out.append(chr(code))
                    continue
                if e not in _UNESCAPE:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                out.append(_UNESCAPE[e])
                i += 2
                continue
            if ord(c) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def hex4(self, i):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i - 1)
        return int(digits, 16)

    def obj(self, i):
        s = self.s
        result = {}
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return result, i + 1
        while True:
            i = self.skip(i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self.value(i + 1)
            result[key] = value
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return result, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def array(self, i):
        s = self.s
        result = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return result, i + 1
        while True:
            value, i = self.value(i)
            result.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return result, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1


def loads(s, **kwargs):
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    decoder = _Decoder(s)
    value, end = decoder.value(0)
    end = decoder.skip(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)
