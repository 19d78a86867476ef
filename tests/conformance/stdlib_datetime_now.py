# datetime.now/today/fromtimestamp and time.gmtime (deterministic parts only).
import datetime, time
n = datetime.datetime.now(); print(type(n).__name__, n.year >= 2024, abs((datetime.datetime.now() - n).total_seconds()) < 5, datetime.date.today() == n.date())
print(time.gmtime(0)[:6], time.gmtime(86400 * 365)[:3], datetime.datetime.utcfromtimestamp(1_000_000_000))
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), repr(datetime.timezone.utc))
