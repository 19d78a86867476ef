x, y = 10, 3.14159
name = "eddy"
print(f"{x} {y} {name}")
print(f"{x + 1} {x * 2:>6} {y:.2f} {name!r} {name.upper()}")
print(f"{'nested'} {x:{5}} {y:{'.3f'}} |{name:^10}|")
w, p = 10, 3
print(f"{y:{w}.{p}f}|")
print(f"{x=} {y = :.1f} {name=!s}")
print(f"{{braces}} {[1, 2, 3]} {dict(a=1)} {(1, 2)}")
print(f"{x if x > 5 else 0} {'yes' if not x else 'no'}")
print(f"{3 + 4 if False else 7}")
items = [1, 2, 3]
print(f"total={sum(items)} first={items[0]} last={items[-1]} {len(items):03d}")
print(f'''multi
line {x}''')
print(f"{x:#x} {x:08b} {1234567:,} {0.25:.0%}")
print(rf"raw \n {x}", f"tab\t{x}")
print(f"{'a' 'b'}" f"{x}" "plain")
