world = {"players": {}, "tick": 0}
def join(name):
    world["players"][name] = {"hp": 100, "pos": [0, 0], "items": []}
def move(name, dx, dy):
    p = world["players"][name]
    p["pos"][0] += dx
    p["pos"][1] += dy
def damage(name, amount):
    p = world["players"][name]
    p["hp"] = max(0, p["hp"] - amount)
    return p["hp"] == 0
for n in ["ann", "bob"]:
    join(n)
move("ann", 3, -1)
move("ann", 1, 1)
world["players"]["bob"]["items"].append("sword")
print(damage("bob", 30), damage("bob", 80))
world["tick"] += 1
for name, p in world["players"].items():
    print(name, p)
print(world["tick"], sorted(world["players"]))
