def main():
    rows = []
    for i in range(1_000_000):
        rows.append({"id": i, "value": i % 7, "name": "row"})
    total = 0
    for row in rows:
        total += row["value"]
    return total

print(main())
