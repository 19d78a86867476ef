# A small turn-based RPG simulation: classes, inheritance, properties, sorting, string formatting.
import random
random.seed(42)
class Entity:
    count = 0
    def __init__(self, name, hp, atk):
        self.name, self.hp, self.max_hp, self.atk = name, hp, hp, atk
        Entity.count += 1
    @property
    def alive(self): return self.hp > 0
    def take(self, dmg):
        self.hp = max(0, self.hp - dmg)
        return self.hp
    def __repr__(self): return f"{type(self).__name__}({self.name!r}, hp={self.hp}/{self.max_hp})"
class Hero(Entity):
    def __init__(self, name):
        super().__init__(name, 30, 6)
        self.xp = 0
        self.inventory = {"potion": 2}
    def heal(self):
        if self.inventory.get("potion", 0) > 0:
            self.inventory["potion"] -= 1
            self.hp = min(self.max_hp, self.hp + 10)
            return True
        return False
class Monster(Entity):
    def __init__(self, name, level):
        super().__init__(name, 8 + level * 3, 2 + level)
        self.level = level
hero = Hero("Ayla")
monsters = [Monster(f"goblin{i}", i % 3 + 1) for i in range(5)]
log = []
turn = 0
while hero.alive and any(m.alive for m in monsters):
    turn += 1
    target = min((m for m in monsters if m.alive), key=lambda m: (m.hp, m.name))
    dmg = hero.atk + random.randint(0, 3)
    left = target.take(dmg)
    log.append(f"T{turn}: {hero.name} hits {target.name} for {dmg} ({left} left)")
    if not target.alive:
        hero.xp += target.level * 10
    for m in monsters:
        if m.alive:
            d = random.randint(0, m.atk)
            hero.take(d)
    if hero.hp < 10 and hero.heal():
        log.append(f"T{turn}: heal -> {hero.hp}")
print("\n".join(log[:12]))
print(hero, hero.xp, hero.inventory, Entity.count, turn)
print(sorted(monsters, key=lambda m: (-m.level, m.name)))
print(sum(m.max_hp for m in monsters), [m.name for m in monsters if not m.alive])
