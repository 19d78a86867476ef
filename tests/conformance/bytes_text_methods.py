data = [b"hello world", b"\xe9t\xe9 ici", b"MiXeD cAsE\xff", b"a\tb\tc", b"", b"42"]
for b in data:
    print(b.capitalize(), b.title(), b.swapcase(), b.istitle(), b.isascii(), b.center(16, b"*"),
          b.ljust(14, b"."), b.rjust(14), b.zfill(8), b.expandtabs(4), b.removeprefix(b"he"), b.removesuffix(b"\xff"))
print(b"line1\nline2\r\nline3\rend\x1c".splitlines(), b"a\nb\n".splitlines(keepends=True), b"".splitlines())
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc-abc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, b"b"))
print(bytearray(b"title case").title(), bytearray(b"x").center(5, b"-"), type(bytearray(b"q").zfill(3)).__name__)
print(b"%s|%5s|%-4s|%r|%a" % (b"ab", b"c", b"d", b"e", b"f"), b"%d%%" % 50, b"%(k)s" % {b"k": b"v"} if False else b"")
print(b"%x %o %e %g %c%c" % (255, 8, 1.5, 2.25, 104, b"i"), b"%.2f" % 3.14159, b"%s" % bytearray(b"ba"))
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError:", e)
