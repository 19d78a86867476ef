x = "module x"
class Config:
    x = "class x"
    y = x + " used in class body"
    items = [x for _ in range(2)]
    def method(self):
        return x
print(Config.x, Config.y, Config.items, Config().method())
def outer():
    value = "enclosing"
    class Inner:
        attr = value
        def get(self):
            return value
    return Inner
I = outer()
print(I.attr, I().get())
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
instances = [Counter() for _ in range(3)]
print([c.id for c in instances], Counter.total)
class Defaults:
    tags = []
    def add(self, t):
        self.tags.append(t)
a, b = Defaults(), Defaults()
a.add(1); b.add(2)
print(a.tags, b.tags, a.tags is b.tags)
class Meta:
    def __init__(self):
        self.__private = 1
        self._protected = 2
    def get(self):
        return self.__private
m = Meta()
print(m.get(), m._protected, sorted(vars(m)) if False else "vars skipped")
