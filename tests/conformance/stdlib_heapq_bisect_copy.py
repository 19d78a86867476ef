# heapq, bisect and copy.
import heapq, bisect, copy
h = []
for x in [5, 1, 8, 3, 9, 2, 7]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]; heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
tasks = []; heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "plan")); heapq.heappush(tasks, (3, "ship"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]; print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
grades = "FDCBA"; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
l = [[1, 2], {"k": [3]}]; s = copy.copy(l); d = copy.deepcopy(l)
l[0].append(99); l[1]["k"].append(4)
print(s, d, s[0] is l[0], d[0] is l[0])
class P:
    def __init__(self, x): self.x = x; self.items = [x]
p = P(1); q = copy.copy(p); r = copy.deepcopy(p); p.items.append(2)
print(q.x, q.items, r.items, type(r).__name__, r is p)
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(C()), copy.deepcopy(C()))
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[0])
t = (1, [2]); dt = copy.deepcopy(t); print(dt, dt is t, dt[1] is t[1], copy.deepcopy((1, 2)) is not None)
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}))
