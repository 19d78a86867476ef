# str.format and f-strings: fields, conversions, nested specs, alignment, attribute/index access.
class P:
    def __init__(self): self.name, self.tags = "pt", ["a", "b"]
    def __format__(self, spec): return f"P<{spec}>"
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
p = P()
print("{0.name} {0.tags[1]} {1[k]}".format(p, {"k": "v"}), "{!s} {!r} {}".format(p, p, p), f"{p} {p!s} {p!r} {p:xyz}")
print("{:>{w}}|{:^{w}}|{:<{w}}".format("a", "b", "c", w=4), "{0}{1}{0}".format("x", "y"), "{name}-{0}".format(1, name="n"))
print("{:*^11,}".format(1234567), "{:=+8}".format(-42), "{:#010b}".format(5), "{:.3s}".format("abcdef"), "{:c}".format(9731))
print(f"{'nested':>{3 + 5}}", f"{3.14159:.{2}f}", f"{[1, 2]!r}", f"{dict(a=1)}", f"{(lambda: 'l')()}", f"{'a' if 1 else 'b'}")
x = 7; print(f"{x=}", f"{x = }", f"{x*2=}", f"{x!r:>4}")
print("{} {}".format(*"ab"), "{a} {b}".format(**{"a": 1, "b": 2}), "{0[0]}".format(("t",)), "{:%Y}".format if False else "")
print(format(3, "03"), format("x", "^5"), format(True, ">6"), format(None, "") if False else "", format(1.0, ""), str.format("{}", 9))
print("%(x)s %(y)05.1f" % {"x": "X", "y": 2.25}, "%c%c" % (72, "i"), "%5s|%-5s|" % ("r", "l"), "%3d%%" % 50)
print(f"{'{'}{'}'}", "{{}}".format(), f"{{{x}}}", "a{{b".format())
w = 10; prec = 3; print(f"{2/3:{w}.{prec}}", f"{'left':<{w}}|", f"{1e6:,.0f}", f"{-5:05}", f"{255:#X}")
print("{:,}".format(10**10), "{:_b}".format(255), "{:.0%}".format(0.5), "{:e}".format(0), "{:g}".format(1e-5), "{:n}".format(1234))
