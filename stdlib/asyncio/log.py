"""The asyncio logger: messages (and tracebacks) go to stderr, as CPython's
logging module does when nothing is configured."""

import sys


def _format_traceback(exc):
    lines = []
    tb = getattr(exc, '__traceback__', None)
    if not hasattr(tb, 'tb_frame'):
        # aspic does not expose traceback objects yet
        tb = None
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        filename = code.co_filename
        lineno = tb.tb_lineno
        lines.append(f'  File "{filename}", line {lineno}, in {code.co_name}\n')
        src = _source_line(filename, lineno)
        if src:
            lines.append(f'    {src}\n')
        tb = tb.tb_next
    name = type(exc).__qualname__
    mod = type(exc).__module__
    if mod not in ('builtins', '__main__', None):
        name = f'{mod}.{name}'
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    lines.append(f'{name}: {text}\n' if text else f'{name}\n')
    return ''.join(lines)


_source_cache = {}


def _source_line(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _chain(exc):
    """The exception's chain, outermost last (as traceback prints it)."""
    out = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out.append(exc)
        if exc.__cause__ is not None:
            exc = exc.__cause__
            out.append('cause')
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc = exc.__context__
            out.append('context')
        else:
            break
    return out


class _Logger:
    name = 'asyncio'

    def _emit(self, msg, args, exc_info):
        if args:
            msg = msg % args
        parts = [str(msg), '\n']
        if exc_info:
            if exc_info is True:
                exc = sys.exc_info()[1]
            elif isinstance(exc_info, tuple):
                exc = exc_info[1]
            else:
                exc = exc_info
            if exc is not None:
                chain = _chain(exc)
                pieces = []
                i = len(chain) - 1
                while i >= 0:
                    item = chain[i]
                    if item == 'cause':
                        pieces.append('\nThe above exception was the direct '
                                      'cause of the following exception:\n\n')
                    elif item == 'context':
                        pieces.append('\nDuring handling of the above exception, '
                                      'another exception occurred:\n\n')
                    else:
                        pieces.append(_format_traceback(item))
                    i -= 1
                parts.append(''.join(pieces))
        text = ''.join(parts)
        err = sys.stderr
        if err is not None:
            err.write(text)
            try:
                err.flush()
            except Exception:
                pass

    def error(self, msg, *args, exc_info=None, **kw):
        self._emit(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None, **kw):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None, **kw):
        self._emit(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True, **kw):
        self._emit(msg, args, exc_info)

    def info(self, msg, *args, **kw):
        pass

    def debug(self, msg, *args, **kw):
        pass

    def log(self, level, msg, *args, exc_info=None, **kw):
        if level >= 30:
            self._emit(msg, args, exc_info)

    def isEnabledFor(self, level):
        return level >= 30


logger = _Logger()
