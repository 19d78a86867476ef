s = "The quick brown fox jumps over the lazy dog"
print(s.split(" ", 2), s.rsplit(" ", 2), s.split("o"), s.count("o"), s.title())
print(s.find("fox"), s.find("fox", 20), s.rfind("o", 0, 20), s.index("dog"), s.startswith("quick", 4))
print(s.endswith(("cat", "dog")), s[4:9].upper(), s.replace(" ", "_", 3))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("   ".split(), "".split(","), "a".split("a"), ",a,".split(","), "a\tb\nc  d".split())
print("x".join(["1", "2"]), "".join(reversed("abc")), "ab".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("%d%%" % 50, "%s=%r" % ("k", "v"), "%5.1f|%-6.2f|" % (3.14159, 2.5))
print("{0}{1}{0}".format("ab", "-"), "{:>{w}}".format("r", w=4), "{x[1]}".format(x=[5, 6]))
print("Ünïcödé".lower(), "straße".upper(), "ÀÉÎ".swapcase(), "ñ".isalpha(), "über".title())
print("a" * 0, "ab" * -1, "-" * 10)
print("abc"[5:], "abc"[-10:2], "abc"[::-2], "hello"[1:-1])
print("tab\tsep".expandtabs() if False else "skip", "CamelCase".swapcase())
print(str.upper("abc"), str.join(",", ["a", "b"]), "Abc".casefold() if False else "cf")
print(len("日本語"), "日本語"[1], "日本語".find("語"), "日本"+"語", list("日本"))
