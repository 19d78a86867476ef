rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.99)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}")
print("-" * 37)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>10.2f}")
print("-" * 37)
print(f"{'TOTAL':<12}{'':>5}{'':>10}{grand:>10.2f}")
print("{:^37}".format("thank you"), "|{:-^11}|".format(" x "))
for n in [1, 22, 333, 4444]:
    print("{0:>6d} {0:<6x} {0:^8o} {0:>+7,}".format(n * 1000))
