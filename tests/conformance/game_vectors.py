def add(a, b): return (a[0] + b[0], a[1] + b[1])
def scale(a, k): return (a[0] * k, a[1] * k)
def length(a): return (a[0] ** 2 + a[1] ** 2) ** 0.5
def normalize(a):
    n = length(a)
    return (a[0] / n, a[1] / n) if n else (0.0, 0.0)
pos, vel = (0.0, 0.0), (3.0, 4.0)
for tick in range(5):
    pos = add(pos, scale(vel, 0.5))
    vel = scale(vel, 0.9)
    print(tick, tuple(round(c, 3) for c in pos), round(length(vel), 4))
print(normalize((3, 4)), normalize((0, 0)), round(length((1, 1)), 6))
def clamp(v, lo, hi): return max(lo, min(hi, v))
print([clamp(v, 0, 10) for v in (-5, 5, 15)], clamp(2.5, 0.0, 1.0))
