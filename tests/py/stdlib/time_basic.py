# time: non-timing checks and strftime of a fixed gmtime
import time
print(isinstance(time.time(), float), time.time() > 1.6e9, isinstance(time.monotonic(), float), isinstance(time.perf_counter(), float))
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %b %d %j', t))
t2 = time.gmtime(1700000000)
print(time.strftime('%Y/%m/%d %H:%M:%S %A %B', t2), tuple(t2)[:6])
print(time.mktime(time.localtime(1000)) == 1000.0, time.sleep(0))
print(time.strftime('%%|%y|%I %p', time.gmtime(86400 * 365 + 13 * 3600)))
