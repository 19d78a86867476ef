raw = """name,age,city
alice,30,paris
bob,25,berlin
carol,35,"new york"
dave,,rome"""
lines = raw.splitlines()
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    fields = [f.strip('"') for f in line.split(",")]
    rows.append(dict(zip(header, fields)))
for r in rows:
    print(r)
ages = [int(r["age"]) for r in rows if r["age"]]
print(sum(ages) / len(ages), max(rows, key=lambda r: r["age"] or "0")["name"])
print(",".join(header), [r["city"].title() for r in rows])
