# Unicode strings: lengths, indexing, slicing, case, comparisons, ord/chr, escapes, width.
s = "naïve café – 日本語 😀"
print(len(s), s[2], s[-1], s[6:10], s[::-1][:3], s.upper(), s.title(), s.split(), s.encode("utf-8")[:8])
print([ord(c) for c in "é日😀"], chr(0x65e5), "\u00e9" == "é", repr("日本"), ascii("日本"), ascii("é"))
print("Straße".lower(), "ǅ".upper(), "İstanbul".casefold()[:3], "éa" < "eb", sorted(["é", "e", "f", "z", "ä"]))
print("日本語".find("本"), "日本語".index("語"), "日本語".replace("本", "X"), "語" in "日本語", "a😀b".split("😀"), "😀" * 3)
print(f"{'日本':>6}|{'é':^5}|{'😀':<3}|", "{:*^9}".format("ünï"), "%-6s|" % "αβγ", str(len("👍🏽")))
print("Ω".isalpha(), "\u2003".isspace(), "ß".isupper(), "ǆ".islower())
words = ["zebra", "Äpfel", "apple", "Zoo", "über"]; print(sorted(words), sorted(words, key=str.casefold), max(words), min(words))
print("tab\there", "new\\nline", r"raw\n", "\x41\101\u0041", len("\r\n"), "a\0b".split("\0"))
