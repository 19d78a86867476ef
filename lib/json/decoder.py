"""json.decoder: JSONDecoder and JSONDecodeError, with CPython's error messages."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno


_WS = " \t\n\r"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    """JSON text to Python values, with the hooks of CPython's decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def decode(self, s):
        value, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        return _Decoding(self, s).value(idx)


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": -float("inf")}


def _skip(s, i):
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


class _Decoding:
    """One decode() call over the text s."""

    def __init__(self, decoder, s):
        self.d = decoder
        self.s = s

    def skip(self, i):
        return _skip(self.s, i)

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
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return value, i + len(word)
        for word in _CONSTANTS:
            if s.startswith(word, i):
                return self.d.parse_constant(word), i + len(word)
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
        return (self.d.parse_float(text) if is_float else self.d.parse_int(text)), j

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
            if ord(c) < 0x20 and self.d.strict:
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
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.make_object(pairs), i + 1
        while True:
            i = self.skip(i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self.value(i + 1)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.make_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def make_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(result)
        return result

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
