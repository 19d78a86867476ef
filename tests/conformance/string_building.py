parts = []
for i in range(5):
    parts.append(f"[{i}:{i * i:02d}]")
print("".join(parts), len(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(s.strip() + ".", s.count(" "))
table = [("name", "score"), ("ann", 91), ("bob", 7), ("christine", 100)]
widths = [max(len(str(row[c])) for row in table) for c in range(2)]
for row in table:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths))))
print("=" * 20, "-".center(20, "~"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "_".join("CamelCaseString".lower()), "snake_case_here".replace("_", " ").title().replace(" ", ""))
