samples = ["", "   ", " a b ", "a  b\tc\nd", "\u3000x\u00a0y\u2003z ", " a b c d ", "日本 語\u3000です", "x\x1cy\x85z"]
for s in samples:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.splitlines(), s.isspace())
print("a\r\nb\rc\nd\x0be\x0cf\u2028g".splitlines(), "x\n".splitlines(True), "\n\n".splitlines())
