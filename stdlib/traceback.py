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
