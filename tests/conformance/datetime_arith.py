from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isoformat())
print(date(2023, 1, 31).replace(month=2, day=28), d.year, d.month, d.day, d.toordinal(), date.fromordinal(738000))
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1500)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), -timedelta(days=1, seconds=1), abs(timedelta(hours=-5)), timedelta(0))
print(timedelta(days=3) // 2, timedelta(days=3) / 2, timedelta(hours=3) / timedelta(minutes=30), timedelta(minutes=7) % timedelta(minutes=3))
print(timedelta(weeks=2) > timedelta(days=13), timedelta(seconds=90) * 2, 3 * timedelta(hours=1))
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
print(dt + timedelta(hours=10), dt - datetime(2024, 1, 1), dt.replace(year=2000, microsecond=0))
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%a %b %d %j %p %I"), dt.strftime("%%|%y|%B|%A"))
print(datetime.strptime("2021-07-04 09:05", "%Y-%m-%d %H:%M") if hasattr(datetime, "strptime") else "nostrptime")
print(datetime.fromisoformat("2022-12-31T23:59:59"), date.fromisoformat("2020-02-29"))
print(time(9, 5), time(23, 59, 59, 999), time(1, 2, 3).isoformat(), time(12, 0) < time(13, 0))
days = [date(2024, 1, 1) + timedelta(days=i * 40) for i in range(5)]
print([x.strftime("%d/%m") for x in days], max(days), sorted(days, reverse=True)[0])
print(date(2024, 12, 31).timetuple()[:3], (date(2025, 1, 1) - date(2024, 1, 1)).days)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
