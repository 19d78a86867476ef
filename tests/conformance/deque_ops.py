# collections.deque: both ends, maxlen eviction, rotate, indexing, extendleft order, remove/count.
from collections import deque
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2])
d.extendleft([-1, -2]); d.extend([5, 6]); print(d, d.pop(), d.popleft(), d)
d.rotate(2); print(d); d.rotate(-3); print(d, d.index(3), d.count(1), 3 in d)
d.remove(3); print(d); d.reverse(); print(d, list(reversed(d)))
win = deque(maxlen=3)
for x in range(6): win.append(x); print(list(win), end=" ")
print(win.maxlen)
d2 = deque("abc", maxlen=2); print(d2); d2.appendleft("z"); print(d2)
d3 = deque(); 
try: d3.pop()
except IndexError as e: print("IndexError", e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]) if hasattr(deque, "__add__") else deque([1, 2]), bool(deque()), d.copy() if hasattr(d, "copy") else d)
d.clear(); print(d, repr(deque([], maxlen=5)))
