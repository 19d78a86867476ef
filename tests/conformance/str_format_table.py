# Report formatting: aligned tables, thousands separators, percentages, truncation, totals.
rows = [("Widgets", 1234, 0.1234, 19.99), ("Gadgets", 56, 0.5, 249.5), ("Thingamajigs extra long name", 7890123, 0.0001, 0.5)]
w = max(len(r[0]) for r in rows[:2]) + 2
print(f"{'Item':<{w}}{'Qty':>10}{'Share':>9}{'Price':>10}")
print("-" * (w + 29))
for name, qty, share, price in rows:
    name = name if len(name) <= w - 2 else name[:w - 5] + "..."
    print(f"{name:<{w}}{qty:>10,}{share:>9.1%}{price:>10.2f}")
total = sum(q * p for _, q, _, p in rows)
print(f"{'Total':<{w}}{sum(r[1] for r in rows):>10,}{'':>9}{total:>10,.2f}")
print("{:^40}".format(" centered title "), "|{:-^20}|".format("mid"), "%-10s|%8.3f" % ("pi", 3.14159265))
for v in [0, 1, -1, 1234.5, -0.001, 1e9]: print(f"[{v:+09.2f}] [{v:^12.3g}] [{v:<10.1e}]")
