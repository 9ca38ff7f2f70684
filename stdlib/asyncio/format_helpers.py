"""Reprs of callbacks: `func(arg, ...) at file:line`."""

import functools
import reprlib

# Callbacks that CPython implements in C: they are shown without a source
# location (e.g. `Task.task_wakeup()`).
_native_callbacks = set()


def _get_function_source(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    if getattr(func, '__qualname__', None) in _native_callbacks:
        return None
    code = getattr(func, '__code__', None)
    if code is not None:
        try:
            return (code.co_filename, code.co_firstlineno)
        except AttributeError:
            return None
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr
