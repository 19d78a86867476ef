vals = [0, 1, -1, 42, -42, 1234567, -1234567, 2 ** 70]
for v in vals:
    print(f"{v:d}|{v:+d}|{v: d}|{v:10d}|{v:<10d}|{v:^10d}|{v:=+10d}|{v:010d}|{v:,}|{v:_}|{v:x}|{v:#X}|{v:#o}|{v:#b}")
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e10, 1.23456e-7, 123456789.123, float("inf"), float("-inf"), float("nan")]
for f in fl:
    print(f"{f}|{f:.2f}|{f:+.3e}|{f:g}|{f:.3g}|{f:#.3g}|{f:10.2f}|{f:<10.1f}|{f:^12.4g}|{f:010.2f}|{f:,.2f}|{f:%}|{f:.1%}")
print(f"{1e16:g} {1e-5:g} {1e-4:g} {123456789.0:g} {0.0001234:.2g} {100.0:g} {1e100:.3g}")
print(f"{12345.6789:_.2f} {1234567.891:,.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{'abc':>6}|{'abc':_<6}|{'abc':^7}|{'abcdef':.3}|{'abc':>{2 * 3}}")
print(f"{3:{'>'}{5}}|{3.14159:{'.'}{2}f}")
print(format(1234.5, "e"), format(1234.5, "E"), format(0.000012345, ".3e"), format(12, "n"), format(12.5, "n"))
print("{:c}".format(9731), "{:5c}|".format(65), "{:o}".format(-8), "{:X}".format(48879))
print(repr(1e22), repr(1e21), repr(1e-7), repr(0.1 + 0.7), repr(2.0 ** 0.5), repr(-1e-300 * 1e-300))
print(str(123456789012345678901234567890.0), 1.0e-16 + 1, 9007199254740993.0, 5e-324, 1.7976931348623157e308)
print(int(1e20), int(-2.5e15), round(123.456, 1), round(-123.456, -1), round(1e20, 2))
print("%5.1f|%-8.3e|%+g|%G|%#x|%#o|%05.1f%%" % (3.14159, 31415.9, 0.00001, 1e-20, 255, 8, 99.5))
print("%s %r %d" % (1.0, 1.0, 3.99), "%.3s" % "abcdef", "%*d" % (5, 42), "%-*d|" % (5, 42), "%.*f" % (2, 3.14159))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
