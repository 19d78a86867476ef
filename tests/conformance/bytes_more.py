# bytes in use: building protocols with struct-free packing, checksums, hex dumps, bytearray buffers.
def pack_u16(n): return bytes([n >> 8 & 0xFF, n & 0xFF])
def unpack_u16(b): return b[0] << 8 | b[1]
msg = b"HDR" + pack_u16(513) + "héllo".encode()
print(msg, len(msg), unpack_u16(msg[3:5]), msg[5:].decode(), msg.startswith(b"HDR"))
def checksum(data): return sum(data) & 0xFF
print(checksum(msg), checksum(b""), hex(checksum(bytes(range(256)))))
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        print(f"{off:04x}  {chunk.hex(' '):<{width * 3}} |{''.join(chr(c) if 32 <= c < 127 else '.' for c in chunk)}|")
hexdump(b"Hello\x00\x01\x02 world, bytes!")
buf = bytearray()
for word in [b"alpha", b"beta"]:
    buf += len(word).to_bytes(1, "big") if hasattr(int, "to_bytes") else bytes([len(word)])
    buf.extend(word)
print(buf, bytes(buf), buf[0], buf[1:6].decode())
print(b"a b  c".split(), b"x=1;y=2".split(b";"), b",".join([b"1", b"2"]), b"  pad  ".strip(), b"abc".upper(), bytes.fromhex("48 69"))
print(list(b"hi"), bytes([104, 105]) == b"hi", b"hi" + bytes(2), b"\xff" < b"\x00\x01" , sorted([b"b", b"a", b"ab"]))
