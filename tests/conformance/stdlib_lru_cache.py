# functools.lru_cache: least recently used eviction and CacheInfo.
import functools
@functools.lru_cache(maxsize=2)
def sq(x): print("compute", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
