"""json.encoder: JSONEncoder, Python values to JSON text with CPython's output."""

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


class JSONEncoder:
    """Python values to JSON text. Subclasses override default() for other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return _Encoding(self).encode(o, 0)

    def iterencode(self, o, _one_shot=False):
        yield self.encode(o)


class _Encoding:
    """One encode() call: the encoder's settings plus the containers being encoded."""

    def __init__(self, encoder):
        indent = encoder.indent
        if isinstance(indent, int):
            indent = " " * indent
        self.indent = indent
        self.item_sep, self.key_sep = encoder.item_separator, encoder.key_separator
        self.sort_keys, self.ensure_ascii = encoder.sort_keys, encoder.ensure_ascii
        self.default, self.allow_nan, self.skipkeys = encoder.default, encoder.allow_nan, encoder.skipkeys
        self.circular = encoder.check_circular
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
        if self.circular:
            self.check_circular(o)
        text = self.encode(self.default(o), level)
        self.markers.discard(id(o))
        return text

    def open(self, level):
        if self.indent is None:
            return "", self.item_sep, ""
        inner = "\n" + self.indent * (level + 1)
        return inner, self.item_sep + inner, "\n" + self.indent * level

    def check_circular(self, o):
        if not self.circular:
            return
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
