# Game entities as dataclasses: ordering, frozen positions, default factories, replace, asdict.
from dataclasses import dataclass, field, replace, asdict
@dataclass(frozen=True, order=True)
class Pos:
    x: int = 0
    y: int = 0
    def moved(self, dx, dy): return replace(self, x=self.x + dx, y=self.y + dy)
@dataclass
class Unit:
    name: str
    pos: Pos = field(default_factory=Pos)
    hp: int = 10
    tags: list = field(default_factory=list)
    def step(self, dx, dy): self.pos = self.pos.moved(dx, dy)
units = [Unit("knight", Pos(1, 1), 20, ["melee"]), Unit("archer"), Unit("mage", hp=8)]
units[1].step(2, 3); units[2].tags.append("caster")
for u in units: print(u)
print(sorted(u.pos for u in units), max(units, key=lambda u: u.hp).name, {u.pos for u in units} == {Pos(1, 1), Pos(2, 3), Pos()})
print(asdict(units[0]), Pos(1, 2) < Pos(1, 3), hash(Pos(1, 2)) == hash(Pos(1, 2)), Pos(5).moved(-1, -1))
try: units[0].pos.x = 9
except Exception as e: print(type(e).__name__, e)
