"""A small strptime for aspic: the C-locale directives, parsed without regular expressions."""

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

# directive -> (minimum digits, maximum digits)
_NUMERIC = {
    'Y': (4, 4), 'm': (1, 2), 'd': (1, 2), 'H': (1, 2), 'M': (1, 2), 'S': (1, 2),
    'y': (2, 2), 'I': (1, 2), 'j': (1, 3), 'f': (1, 6), 'w': (1, 1), 'u': (1, 1),
    'U': (1, 2), 'W': (1, 2),
}


class _NoMatch(Exception):
    pass


def _digits(s, pos, lo, hi):
    end = pos
    while end < len(s) and end - pos < hi and s[end].isdigit():
        end += 1
    if end - pos < lo:
        raise _NoMatch
    return int(s[pos:end]), end


def _name(s, pos, names):
    low = s[pos:].lower()
    for full in names:
        if low.startswith(full):
            return names.index(full), pos + len(full)
    for i, full in enumerate(names):
        if low.startswith(full[:3]):
            return i, pos + 3
    raise _NoMatch


def _parse(data_string, format):
    found = {}
    pos = 0
    i = 0
    s = data_string
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d == '%':
                if pos >= len(s) or s[pos] != '%':
                    raise _NoMatch
                pos += 1
            elif d in _NUMERIC:
                lo, hi = _NUMERIC[d]
                if d == 'f':
                    start = pos
                    v, pos = _digits(s, pos, lo, hi)
                    v = int(s[start:pos] + '0' * (6 - (pos - start)))
                else:
                    v, pos = _digits(s, pos, lo, hi)
                found[d] = v
            elif d in 'bBh':
                found['b'], pos = _name(s, pos, _MONTHS)
            elif d in 'aA':
                found['a'], pos = _name(s, pos, _DAYS)
            elif d == 'p':
                ampm = s[pos:pos + 2].lower()
                if ampm not in ('am', 'pm'):
                    raise _NoMatch
                found['p'] = ampm
                pos += 2
            elif d == 'z':
                if s[pos:pos + 1] == 'Z':
                    found['z'] = 0
                    pos += 1
                else:
                    if s[pos:pos + 1] not in ('+', '-'):
                        raise _NoMatch
                    sign = -1 if s[pos] == '-' else 1
                    pos += 1
                    hh, pos = _digits(s, pos, 2, 2)
                    if s[pos:pos + 1] == ':':
                        pos += 1
                    mm, pos = _digits(s, pos, 2, 2)
                    found['z'] = sign * (hh * 3600 + mm * 60)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        elif c.isspace():
            i += 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
        else:
            if pos >= len(s) or s[pos] != c:
                raise _NoMatch
            pos += 1
            i += 1
    return found, pos


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    try:
        found, pos = _parse(data_string, format)
    except _NoMatch:
        raise ValueError("time data %r does not match format %r" % (data_string, format)) from None
    if pos != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    year = found.get('Y', 1900)
    if 'y' in found:
        y = found['y']
        year = y + (2000 if y <= 68 else 1900)
    month = found.get('m', found.get('b', 0) + 1 if 'b' in found else 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    minute = found.get('M', 0)
    second = found.get('S', 0)
    fraction = found.get('f', 0)
    return (year, month, day, hour, minute, second, fraction, found.get('z'))


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    year, month, day, hour, minute, second, fraction, offset = _strptime(data_string, format)
    args = (year, month, day, hour, minute, second, fraction)
    if offset is not None:
        import datetime
        tz = datetime.timezone(datetime.timedelta(seconds=offset))
        return cls(*args, tzinfo=tz)
    return cls(*args)
