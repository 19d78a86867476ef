print("{:<5}|{:>5}|{:^5}|".format(1, 2, 3))
print("{:x<5}|{:y>5}|{:z^6}|".format("a", "b", "c"))
print("{:=+8d}|{:=8d}|{: d}|{:+d}".format(42, -42, 42, 0))
print("{:#b} {:#o} {:#X} {:08.3f} {:08d}".format(5, 64, 255, -3.14159, -42))
print("{:,d} {:_d} {:_x} {:,.1f}".format(1234567, 1234567, 0xFFFFFFFF, 9876543.21))
print("{!r:>10}|{!s:<6}|".format("x", 5))
print("{0}{0}{1}".format(1, 2), "{a}{b}".format(a=1, b=2), "{}-{}".format(*"ab"))
print("{0:{1}}|{0:>{1}}|".format("w", 4))
print("{:.3}".format("abcdef"), "{:5.2}|".format("abc"))
print("%5s|%-5s|%05.1f|%+.2e|%x|%X|%o" % ("a", "b", 3.14159, 12345.678, 255, 255, 64))
print("%c %c %%" % ("x", 120), "%s" % (None,), "%s %s" % (1, [2]), "%r" % {"a": 1})
print("%(x)s and %(y)r" % {"x": 1, "y": "two"}, "%*d|%-*d|" % (5, 42, 5, 42))
print("%.2f%%" % 99.5, "%d items" % 3, "%i" % 7.9, "%s" % 1.0)
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
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'a':d}"
except ValueError as e:
    print("ValueError:", e)
