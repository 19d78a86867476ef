def simulate(arrivals, service_time):
    clock, queue, served, waits = 0, [], [], []
    events = sorted(arrivals)
    busy_until = 0
    for t, name in events:
        queue.append((t, name))
    while queue:
        t, name = queue.pop(0)
        start = max(t, busy_until)
        waits.append(start - t)
        busy_until = start + service_time
        served.append((name, start, busy_until))
    return served, sum(waits) / len(waits)
arrivals = [(0, "a"), (1, "b"), (2, "c"), (10, "d"), (11, "e")]
served, avg = simulate(arrivals, 3)
for s in served:
    print(s)
print(f"average wait {avg:.2f}")
ring = list(range(1, 11))
idx, out = 0, []
while ring:
    idx = (idx + 2) % len(ring)
    out.append(ring.pop(idx))
print(out)
