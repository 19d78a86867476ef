# Validation with properties and descriptors: setters that raise, computed properties, deleters.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if not isinstance(v, (int, float)): raise TypeError("balance must be a number")
        if v < 0: raise ValueError("balance cannot be negative")
        self._balance = v
    @balance.deleter
    def balance(self):
        print("closing", self.owner); self._balance = 0
    @property
    def rich(self): return self.balance > 1000
a = Account("ann", 50); a.balance += 2000; print(a.balance, a.rich)
for bad in [-1, "x"]:
    try: a.balance = bad
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
del a.balance; print(a.balance)
try: a.rich = True
except AttributeError as e: print("AttributeError", e)
class Bounded:
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, self.lo)
    def __set__(self, obj, v):
        if not self.lo <= v <= self.hi: raise ValueError(f"{self.name[1:]}={v} not in [{self.lo}, {self.hi}]")
        setattr(obj, self.name, v)
class Player:
    hp = Bounded(0, 100)
    level = Bounded(1, 99)
p = Player(); print(p.hp, p.level); p.hp = 75; print(p.hp)
try: p.level = 120
except ValueError as e: print(e)
print(type(Player.hp).__name__, Player.hp.name, sorted(vars(p)))
