s = "Grüße, 世界! ½ ⅓ ²"
print(len(s), s.upper(), s.lower(), s.casefold(), s[::-1])
print([c.isalpha() for c in "aé世1"], [c.isdigit() for c in "19a"], [c.isdecimal() for c in "1x"])
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode())
print(s.encode("utf-8"), len(s.encode()), s.encode("utf-8").decode() == s, s.find("世"), s.index("!"))
print(ord("世"), chr(0x1F600), "\u00e9" == "é", "\U0001F600")
print(repr("\u200b"), repr("\x9f"), ascii("😀 é"), "é".center(5, "·"), "日本".ljust(4, "_"))
print(sorted(["é", "e", "f", "É", "z"]), max("aé"), "straße".startswith("stra"), "ÉCOLE".istitle(), "École".istitle())
print("一二三".split("二"), "a\u2028b".splitlines(), " \u3000x\u3000 ".strip(), "x\u00a0y".split())
print(f"{'世界':>6}|{'é':^5}|{'ß':*<4}", "%-6s|" % "ü", format("ω", "3"))
for word in ["naïve", "café", "résumé"]:
    print(word, len(word), word.encode("latin-1"), word.encode("utf-8").hex())
