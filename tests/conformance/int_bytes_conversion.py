# int.to_bytes / int.from_bytes: orders, signs, overflow errors.
for n, l, o, s in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 2, "big", True), (-129, 2, "big", True), (127, 1, "big", True), (0, 3, "big", False), (2**64, 9, "little", False), (-128, 1, "little", True)]:
    b = n.to_bytes(l, o, signed=s); print(n, b, int.from_bytes(b, o, signed=s))
print((5).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2], "little"), int.from_bytes(b"\xff", "big", signed=True))
for bad in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try: bad[0].to_bytes(bad[1], "big", signed=bad[2])
    except OverflowError as e: print("OverflowError", e)
