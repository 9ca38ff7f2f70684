"""Coroutine predicates, the legacy @coroutine decorator and coroutine reprs."""

__all__ = 'iscoroutinefunction', 'iscoroutine', 'coroutine'

import collections.abc
import functools
import inspect
import types

# Marker set on functions decorated with the legacy @asyncio.coroutine.
_is_coroutine = object()

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def, or marked
    by the legacy @asyncio.coroutine decorator)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while isinstance(func, functools.partial):
        func = func.func
    if isinstance(func, types.MethodType):
        func = func.__func__
    code = getattr(func, '__code__', None)
    if code is not None:
        try:
            return bool(code.co_flags & _CO_COROUTINE)
        except AttributeError:
            pass
    return False


_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        # a few types are checked often: remember them
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


def _is_legacy_coroutine(obj):
    """Generator objects stand for the coroutines of the pre-3.5
    @asyncio.coroutine style (`yield from` instead of `await`)."""
    return isinstance(obj, types.GeneratorType)


def _iscoroutine_or_legacy(obj):
    return iscoroutine(obj) or _is_legacy_coroutine(obj)


def coroutine(func):
    """Legacy decorator marking a generator-based coroutine (removed from
    CPython in 3.11; kept here for old programs)."""
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        # already an `async def` function
        return func
    if code is not None and code.co_flags & 0x20:
        # a generator function: its generators are driven like coroutines
        coro = types.coroutine(func)
    else:
        @functools.wraps(func)
        def coro(*args, **kw):
            res = func(*args, **kw)
            if (hasattr(res, '_asyncio_future_blocking') or
                    isinstance(res, types.GeneratorType) or iscoroutine(res)):
                res = yield from _await_iter(res)
            return res
        coro = types.coroutine(coro)
    try:
        coro._is_coroutine = _is_coroutine
    except (AttributeError, TypeError):
        pass
    return coro


def _await_iter(obj):
    if isinstance(obj, types.GeneratorType) or iscoroutine(obj):
        return obj
    return obj.__await__()


def _format_coroutine(coro):
    """`name() running at file:line` or `name() done, defined at file:line`."""
    if getattr(coro, '__qualname__', None):
        coro_name = coro.__qualname__
    elif getattr(coro, '__name__', None):
        coro_name = coro.__name__
    else:
        coro_name = f'<{type(coro).__name__} without __name__>'
    coro_name = f'{coro_name}()'

    running = getattr(coro, 'cr_running', None)
    if running is None:
        running = getattr(coro, 'gi_running', False)

    coro_code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not coro_code:
        return f'{coro_name} running' if running else coro_name

    coro_frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = coro_code.co_filename or '<empty co_filename>'
    if coro_frame is not None:
        return f'{coro_name} running at {filename}:{coro_frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{coro_code.co_firstlineno}'
