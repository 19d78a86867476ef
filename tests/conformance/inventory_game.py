# An inventory/crafting system: dicts of counters, recipes, exceptions, sorting, formatting.
from collections import Counter
RECIPES = {"plank": {"log": 1}, "stick": {"plank": 2}, "torch": {"stick": 1, "coal": 1}, "pickaxe": {"plank": 3, "stick": 2}}
YIELDS = {"plank": 4, "stick": 4, "torch": 4, "pickaxe": 1}
class CraftError(Exception): pass
class Inventory:
    def __init__(self, **items): self.items = Counter(items)
    def can_craft(self, what, n=1):
        need = RECIPES[what]
        return all(self.items[k] >= v * n for k, v in need.items())
    def craft(self, what, n=1):
        if what not in RECIPES: raise CraftError(f"unknown recipe {what!r}")
        if not self.can_craft(what, n):
            missing = {k: v * n - self.items[k] for k, v in RECIPES[what].items() if self.items[k] < v * n}
            raise CraftError(f"cannot craft {n} {what}: missing {missing}")
        for k, v in RECIPES[what].items(): self.items[k] -= v * n
        self.items[what] += YIELDS[what] * n
        self.items = +self.items
        return self
    def __str__(self): return ", ".join(f"{k}x{v}" for k, v in sorted(self.items.items()))
inv = Inventory(log=3, coal=2)
for step in [("plank", 2), ("stick", 1), ("torch", 2), ("pickaxe", 1), ("pickaxe", 5), ("sword", 1)]:
    try:
        inv.craft(*step); print("ok   ", step, "->", inv)
    except CraftError as e:
        print("error", step, "->", e)
print(inv.items.most_common(2), sum(inv.items.values()), sorted(inv.items, key=lambda k: (-inv.items[k], k)))
