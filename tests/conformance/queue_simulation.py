# Discrete-event simulation with heapq: customers, servers, deterministic random, statistics.
import heapq, random
random.seed(7)
events = []
for cid in range(8):
    heapq.heappush(events, (round(random.uniform(0, 10), 2), "arrive", cid))
free_servers, waiting, log, waits = 2, [], [], []
arrived = {}
while events:
    t, kind, cid = heapq.heappop(events)
    if kind == "arrive":
        arrived[cid] = t
        if free_servers:
            free_servers -= 1; waits.append(0.0)
            heapq.heappush(events, (round(t + random.randint(2, 5), 2), "leave", cid))
        else:
            waiting.append(cid)
    else:
        log.append(f"{t:6.2f} customer {cid} leaves")
        if waiting:
            nxt = waiting.pop(0); waits.append(round(t - arrived[nxt], 2))
            heapq.heappush(events, (round(t + random.randint(2, 5), 2), "leave", nxt))
        else:
            free_servers += 1
print("\n".join(log)); print(waits, round(sum(waits) / len(waits), 3), max(waits))
