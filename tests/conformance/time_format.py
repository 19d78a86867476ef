def fmt_duration(seconds):
    minutes, s = divmod(seconds, 60)
    hours, m = divmod(minutes, 60)
    days, h = divmod(hours, 24)
    parts = []
    if days: parts.append(f"{days}d")
    if h: parts.append(f"{h}h")
    if m: parts.append(f"{m}m")
    if s or not parts: parts.append(f"{s}s")
    return " ".join(parts)
for secs in [0, 59, 60, 3661, 86400, 90061, 1000000]:
    print(secs, fmt_duration(secs), "%02d:%02d:%02d" % (secs // 3600 % 24, secs // 60 % 60, secs % 60))
def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
