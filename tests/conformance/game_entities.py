import random
random.seed(42)
class Component:
    pass
class Position(Component):
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pos({self.x},{self.y})"
class Health(Component):
    def __init__(self, hp): self.hp = self.max_hp = hp
    @property
    def alive(self): return self.hp > 0
class Entity:
    _next_id = 0
    def __init__(self, name, *components):
        Entity._next_id += 1
        self.id = Entity._next_id
        self.name = name
        self.components = {type(c): c for c in components}
    def get(self, kind):
        return self.components.get(kind)
    def __repr__(self):
        return f"<{self.name}#{self.id} {sorted(k.__name__ for k in self.components)}>"
class World:
    def __init__(self):
        self.entities = []
        self.log = []
    def spawn(self, *a):
        e = Entity(*a)
        self.entities.append(e)
        return e
    def query(self, *kinds):
        return [e for e in self.entities if all(e.get(k) for k in kinds)]
    def tick(self):
        for e in self.query(Position):
            p = e.get(Position)
            p.x += random.choice([-1, 0, 1])
            p.y += random.choice([-1, 0, 1])
        fighters = self.query(Health, Position)
        for a in fighters:
            for b in fighters:
                if a is b or not a.get(Health).alive or not b.get(Health).alive:
                    continue
                pa, pb = a.get(Position), b.get(Position)
                if abs(pa.x - pb.x) + abs(pa.y - pb.y) <= 1:
                    dmg = random.randint(1, 6)
                    b.get(Health).hp -= dmg
                    self.log.append(f"{a.name} hits {b.name} for {dmg}")
        dead = [e for e in self.query(Health) if not e.get(Health).alive]
        for e in dead:
            self.log.append(f"{e.name} dies")
            self.entities.remove(e)
w = World()
for i in range(5):
    w.spawn(f"orc{i}", Position(random.randint(0, 4), random.randint(0, 4)), Health(10))
w.spawn("tree", Position(2, 2))
w.spawn("ghost", Health(1))
for turn in range(30):
    w.tick()
print(len(w.log), w.log[:8], w.log[-3:])
print(w.entities)
print(sorted((e.name, e.get(Health).hp) for e in w.query(Health)))
