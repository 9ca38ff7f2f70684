"""Execute computations asynchronously using threads."""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    # The executors are imported on first use (thread.py imports threading
    # and queue).  There is no ProcessPoolExecutor in aspic.
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        raise ImportError('ProcessPoolExecutor is not available in aspic')
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
