b = b"hello world"
print(b.upper(), b.title(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b[0], b[-1], b[1:4], list(b[:3]), bytes([104, 105]), bytes(3), bytes("é", "utf-8"))
print(b.hex(), bytes.fromhex("68 65 6c"), b.hex(":"), b"\x00\xff".hex())
print(b"%s and %d" % (b"bytes", 5) if True else "", b"%05.1f|%x|%c" % (3.14159, 255, 65))
print(b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".startswith(b"ab"))
ba = bytearray(b"mutable")
ba[0] = 77
ba.extend(b"!!")
ba += b"?"
del ba[1]
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
print(b"abc" < b"abd", b"a" * 3, b"x" in b"xyz", 120 in b"xyz", b"".join([]) == b"")
print(repr(b"\n\t\\'\""), b"\x7f\x80".decode("latin-1"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(b"Hello".isalpha(), b"123".isdigit(), b"  ".isspace(), b"abc".capitalize(), b"a\tb".expandtabs(4))
print(bytes(range(65, 70)), bytearray(3), bytearray([1, 2]) == b"\x01\x02", hash(b"abc") == hash(b"abc"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
