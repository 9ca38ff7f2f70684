"""Async versions of os.path functions (run in the loop's default executor)."""

import os as _os

from aiofiles import _run

__all__ = ['exists', 'isfile', 'isdir', 'islink', 'getsize', 'abspath', 'getmtime',
           'getatime', 'getctime', 'samefile']


def _wrap(name):
    async def run(*args, loop=None, executor=None, **kwargs):
        return await _run(loop, executor, getattr(_os.path, name), *args, **kwargs)
    run.__name__ = name
    return run


for _name in __all__:
    globals()[_name] = _wrap(_name)
del _name
