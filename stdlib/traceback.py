"""Formatting of exceptions (the parts that do not need frame objects)."""

_sentinel = object()


def _type_name(etype):
    mod = getattr(etype, '__module__', None)
    name = getattr(etype, '__qualname__', None) or getattr(etype, '__name__', str(etype))
    if mod not in (None, '__main__', 'builtins'):
        name = mod + '.' + name
    return name


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: 'Type: message' plus any notes."""
    if value is _sentinel:
        value = exc
        exc = type(value) if value is not None else None
    if exc is None:
        return ['NoneType: None\n']
    stype = _type_name(exc)
    if value is None:
        return [stype + '\n']
    s = _safe_str(value)
    lines = [stype + '\n' if not s else stype + ': ' + s + '\n']
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                lines.append(_safe_str(note) + '\n')
        else:
            lines.append(_safe_str(notes) + '\n')
    return lines


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report for an uncaught exception, with its chained causes."""
    import sys
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _lines(sys._format_exception(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    import sys
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    import sys
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    import sys
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
