"""Async versions of os functions (run in the loop's default executor)."""

import os as _os

from aiofiles import _run
from aiofiles import ospath as path

__all__ = ['path', 'stat', 'rename', 'renames', 'replace', 'remove', 'unlink', 'mkdir',
           'makedirs', 'rmdir', 'removedirs', 'listdir', 'scandir', 'access', 'getcwd',
           'link', 'symlink', 'readlink', 'statvfs', 'sendfile']


def _wrap(name):
    async def run(*args, loop=None, executor=None, **kwargs):
        return await _run(loop, executor, getattr(_os, name), *args, **kwargs)
    run.__name__ = name
    return run


for _name in __all__[1:]:
    globals()[_name] = _wrap(_name)
del _name
