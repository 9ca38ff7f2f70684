# datetime: date/datetime construction, strftime, timedelta arithmetic and str
from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat())
print(d.year, d.month, d.day, d.replace(year=2023), d.toordinal(), date.fromordinal(738000), date.fromisoformat('2020-01-31'))
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat())
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %A %B %j %U %p %I'), dt.strftime('%d/%m/%y'))
print(datetime(2020, 1, 1) - datetime(2019, 12, 25, 12), date(2024, 3, 1) - date(2024, 2, 1))
print(timedelta(seconds=8, microseconds=5791), timedelta(days=1, hours=2, minutes=3, seconds=4), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=-25))
print(timedelta(weeks=2, days=3), timedelta(days=2) * 3, timedelta(hours=3) / 2, timedelta(hours=3) // timedelta(minutes=7), timedelta(minutes=90).total_seconds())
print(repr(timedelta(days=1, seconds=5)), timedelta(0), abs(timedelta(days=-2)), -timedelta(hours=1))
print(datetime.strptime('2021-07-04 10:20', '%Y-%m-%d %H:%M'), time(13, 5), time(1, 2, 3, 4))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 5), date(2019, 1, 1)), datetime(2020, 1, 1) == datetime(2020, 1, 1, 0, 0))
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: datetime(2020, 1, 1) - date(2020, 1, 1), lambda: datetime.strptime('x', '%Y')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
