import heapq
class Task:
    counter = 0
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"{self.name}(p{self.priority})"
tasks = [Task("build", 2, 5), Task("test", 2, 3), Task("deploy", 1, 2), Task("lint", 3, 1), Task("docs", 1, 4)]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print([heapq.heappop(heap) for _ in range(len(heap))])
events = []
clock = 0
queue = [(0, i, f"job{i}") for i in range(3)]
heapq.heapify(queue)
while queue and clock < 20:
    clock, idx, name = heapq.heappop(queue)
    events.append((clock, name))
    if clock < 12:
        heapq.heappush(queue, (clock + 3 + idx, idx, name))
print(events)
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, tasks, key=lambda t: t.duration))
h = nums[:]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge("ace", "bd", key=str)))
def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": []}
print(sorted(dijkstra(g, "A").items()))
