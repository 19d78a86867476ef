s = "  The Quick  Brown fox  "
print(s.strip().lower().split(), "-".join(s.split()).upper(), s.replace(" ", "").lower()[::-1])
words = " alpha,beta ,  gamma ".split(",")
print([w.strip().capitalize() for w in words], sorted(map(str.strip, words), key=len))
data = {"a": [3, 1, 2], "b": [9, 8]}
print(sorted(data["a"])[-1], max(map(max, data.values())), list(map(sorted, data.values())))
print(str(sum(range(10))).zfill(4).rjust(6, "*"), "x".join(map(str, range(3))).split("x"))
print(list(reversed(sorted("hello"))), "".join(sorted(set("mississippi"), key="mississippi".index)))
