inventory = {"gold": 120, "potions": 3, "arrows": 40}
prices = {"potions": 25, "arrows": 1, "shield": 80}
def buy(item, qty):
    cost = prices[item] * qty
    if inventory["gold"] < cost:
        return f"cannot afford {qty} {item} ({cost} > {inventory['gold']})"
    inventory["gold"] -= cost
    inventory[item] = inventory.get(item, 0) + qty
    return f"bought {qty} {item} for {cost}"
for item, qty in [("potions", 2), ("shield", 1), ("arrows", 30), ("shield", 1)]:
    print(buy(item, qty))
print(inventory)
print(sorted(inventory, key=inventory.get, reverse=True))
