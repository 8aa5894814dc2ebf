# time: the deterministic parts (gmtime, strftime, mktime round trips on fixed timestamps).
import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_wday, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.strftime("%a %b %d %j", time.gmtime(10 ** 9)))
print(time.asctime(time.gmtime(0)), time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
print(time.strptime("2020-02-29", "%Y-%m-%d")[:3], time.calendar if hasattr(time, "calendar") else "", isinstance(time.time(), float), time.monotonic() <= time.monotonic())
