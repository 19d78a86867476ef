# An LRU cache class built on OrderedDict-style dict ordering, with stats and eviction callbacks.
from collections import OrderedDict
class LRU:
    def __init__(self, capacity, on_evict=None):
        self.capacity, self.data, self.hits, self.misses, self.on_evict = capacity, OrderedDict(), 0, 0, on_evict
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key); self.hits += 1
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data: self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            k, v = self.data.popitem(last=False)
            if self.on_evict: self.on_evict(k, v)
    def __repr__(self): return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
evicted = []
c = LRU(3, lambda k, v: evicted.append(k))
for k in "abcabdeab": c.put(k, k.upper()) if c.get(k) is None else None
print(c, evicted)
od = OrderedDict.fromkeys("xyz"); od.move_to_end("x"); print(list(od), od.popitem(), od.popitem(last=False), od)
