"""A minimal email.utils: RFC 2822 dates (formatdate, format_datetime, parsedate*)."""

import time

__all__ = ['formatdate', 'format_datetime', 'parsedate', 'parsedate_tz',
           'parsedate_to_datetime', 'mktime_tz', 'quote', 'unquote']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _format_timetuple_and_zone(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1], tt[0], tt[3], tt[4], tt[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """Format a POSIX timestamp as an RFC 2822 date ('Sun, 06 Nov 1994 08:49:37 GMT')."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        tt = time.localtime(timeval)
        off = int(time.mktime(tt) - time.mktime(time.gmtime(timeval)))
        sign = '-' if off < 0 else '+'
        off = abs(off) // 60
        zone = '%s%02d%02d' % (sign, off // 60, off % 60)
    else:
        tt = time.gmtime(timeval)
        zone = 'GMT' if usegmt else '-0000'
    return _format_timetuple_and_zone(tt, zone)


def format_datetime(dt, usegmt=False):
    """Format a datetime as an RFC 2822 date."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.utcoffset().total_seconds() != 0:
            raise ValueError('usegmt option requires a UTC datetime')
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        off = int(dt.utcoffset().total_seconds())
        sign = '-' if off < 0 else '+'
        off = abs(off) // 60
        zone = '%s%02d%02d' % (sign, off // 60, off % 60)
    return _format_timetuple_and_zone(now, zone)


def parsedate_tz(data):
    """Parse an RFC 2822 date into a 10-tuple (the last item is the UTC offset or None)."""
    if not data:
        return None
    parts = data.replace(',', ' ').split()
    if parts and parts[0][:3] in _DAYS:
        parts = parts[1:]
    if len(parts) < 4:
        return None
    try:
        if parts[0][:3].capitalize() in _MONTHS:
            parts[0], parts[1] = parts[1], parts[0]
        day = int(parts[0])
        month = _MONTHS.index(parts[1][:3].capitalize()) + 1
        year = int(parts[2])
        if year < 100:
            year += 2000 if year < 50 else 1900
        hms = parts[3].split(':')
        hh, mm = int(hms[0]), int(hms[1])
        ss = int(hms[2]) if len(hms) > 2 else 0
    except (ValueError, IndexError):
        return None
    tz = None
    if len(parts) > 4:
        z = parts[4].upper()
        if z in ('GMT', 'UT', 'UTC', 'Z'):
            tz = 0
        elif len(z) == 5 and z[0] in '+-' and z[1:].isdigit():
            tz = (int(z[1:3]) * 3600 + int(z[3:5]) * 60) * (-1 if z[0] == '-' else 1)
            if z == '-0000':
                tz = None
    return (year, month, day, hh, mm, ss, 0, 1, -1, tz)


def parsedate(data):
    t = parsedate_tz(data)
    return t[:9] if t else t


def mktime_tz(data):
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return _timegm(data) - data[9]


def _timegm(t):
    y, m, d = t[0], t[1], t[2]
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return days * 86400 + t[3] * 3600 + t[4] * 60 + t[5]


def parsedate_to_datetime(data):
    import datetime
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str
