# datetime with fixed values: date arithmetic, timedelta, formatting, parsing, weekday.
from datetime import date, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.replace(day=1))
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days, d.strftime("%Y/%m/%d %A %B %j"))
dt = datetime(2023, 7, 14, 13, 45, 30, 123456)
print(dt, dt.isoformat(), dt.date(), dt.time(), dt.strftime("%H:%M:%S.%f %p %a"), dt + timedelta(hours=12))
print(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), date.fromisoformat("2020-02-29"), datetime.fromisoformat("2020-01-02T03:04:05"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, td.total_seconds(), td * 2, td // 2, -td, abs(-td), timedelta(0), repr(td))
print(datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5))).isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]), date(2020, 1, 1) < date(2020, 1, 2), date.min, date.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
