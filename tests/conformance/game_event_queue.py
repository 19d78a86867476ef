events = []
def schedule(time, priority, name):
    events.append((time, priority, name))
schedule(5, 1, "spawn wave")
schedule(1, 2, "open gate")
schedule(5, 0, "boss roar")
schedule(3, 1, "drop loot")
schedule(1, 1, "play music")
clock = 0
for time, priority, name in sorted(events):
    clock = time
    print(f"t={clock:>2} p={priority} {name}")
print(len(events), max(events)[2], min(events, key=lambda e: e[1])[2])
