"""String constants, capwords() and Template ($-substitution), as in CPython's string module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_identifier_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_identifier_char(c):
    return _is_identifier_start(c) or ("0" <= c <= "9")


class Template:
    """$name, ${name} and $$ substitution."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == "{":
                end = t.find("}", k)
                name = t[k + 1:end] if end >= 0 else ""
                if end >= 0 and name and _is_identifier_start(name[0]) and all(map(_is_identifier_char, name)):
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
                self._invalid(k, safe)
                out.append(d)
                i = k
                continue
            m = k
            if m < n and _is_identifier_start(t[m]):
                while m < n and _is_identifier_char(t[m]):
                    m += 1
                name = t[k:m]
                out.append(self._lookup(mapping, name, t[j:m], safe))
                i = m
                continue
            self._invalid(k, safe)
            out.append(d)
            i = k
        return "".join(out)

    def _lookup(self, mapping, name, original, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def _invalid(self, index, safe):
        if safe:
            return
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        while True:
            j = t.find(self.delimiter, i)
            if j < 0:
                return ids
            k = j + 1
            if t.startswith("{", k):
                end = t.find("}", k)
                name = t[k + 1:end] if end >= 0 else ""
            else:
                m = k
                while m < len(t) and _is_identifier_char(t[m]):
                    m += 1
                name = t[k:m] if m > k and _is_identifier_start(t[k]) else ""
            if name and name not in ids:
                ids.append(name)
            i = k + (1 if t.startswith(self.delimiter, k) else 0)

    def is_valid(self):
        try:
            self._scan({}, False)
        except KeyError:
            return True
        except ValueError:
            return False
        return True


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


class Formatter:
    """str.format() as an overridable object (format, vformat, get_value, convert_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        out = []
        auto = 0
        for literal, field, spec, conversion in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == "":
                field = str(auto)
                auto += 1
            obj, _ = self.get_field(field, args, kwargs)
            obj = self.convert_field(obj, conversion)
            out.append(self.format_field(obj, spec))
        return "".join(out)

    def parse(self, format_string):
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            c = format_string[i]
            if c == "{":
                if i + 1 < n and format_string[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    continue
                end = format_string.find("}", i)
                if end < 0:
                    raise ValueError("expected '}' before end of string")
                body = format_string[i + 1:end]
                conversion = None
                spec = ""
                if ":" in body:
                    body, spec = body.split(":", 1)
                if "!" in body:
                    body, conversion = body.split("!", 1)
                yield "".join(literal), body, spec, conversion
                literal = []
                i = end + 1
            elif c == "}":
                if i + 1 < n and format_string[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, _, rest = field_name.partition(".")
        obj = self.get_value(int(first) if first.isdigit() else first, args, kwargs)
        if rest:
            for attr in rest.split("."):
                obj = getattr(obj, attr)
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def format_field(self, value, format_spec):
        return format(value, format_spec)
