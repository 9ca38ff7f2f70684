"""A small aiofiles: files whose blocking operations run in the event loop's executor.

aiofiles.open(...) works both as `async with aiofiles.open(...) as f` and as
`f = await aiofiles.open(...)`; the file's read/write/readline/... are coroutines."""

import asyncio
import functools

__all__ = ['open', 'stdin', 'stdout', 'stderr']

__version__ = '23.2.1'


async def _run(loop, executor, fn, *args, **kwargs):
    if loop is None:
        loop = asyncio.get_running_loop()
    if kwargs:
        fn = functools.partial(fn, *args, **kwargs)
        args = ()
    return await loop.run_in_executor(executor, fn, *args)


class AsyncFile:
    """An open file; blocking methods are coroutines run in an executor."""

    def __init__(self, file, loop=None, executor=None):
        self._file = file
        self._loop = loop
        self._executor = executor

    def _call(self, fn, *args, **kwargs):
        return _run(self._loop, self._executor, fn, *args, **kwargs)

    # coroutines
    async def read(self, *args):
        return await self._call(self._file.read, *args)

    async def read1(self, *args):
        return await self._call(self._file.read1, *args)

    async def readinto(self, b):
        return await self._call(self._file.readinto, b)

    async def readline(self, *args):
        return await self._call(self._file.readline, *args)

    async def readlines(self, *args):
        return await self._call(self._file.readlines, *args)

    async def write(self, data):
        return await self._call(self._file.write, data)

    async def writelines(self, lines):
        return await self._call(self._file.writelines, lines)

    async def flush(self):
        return await self._call(self._file.flush)

    async def close(self):
        return await self._call(self._file.close)

    async def seek(self, *args):
        return await self._call(self._file.seek, *args)

    async def tell(self):
        return await self._call(self._file.tell)

    async def truncate(self, *args):
        return await self._call(self._file.truncate, *args)

    async def readable(self):
        return await self._call(self._file.readable)

    async def writable(self):
        return await self._call(self._file.writable)

    async def seekable(self):
        return await self._call(self._file.seekable)

    async def isatty(self):
        return await self._call(self._file.isatty)

    # plain attributes
    def fileno(self):
        return self._file.fileno()

    @property
    def closed(self):
        return self._file.closed

    @property
    def name(self):
        return self._file.name

    @property
    def mode(self):
        return self._file.mode

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def newlines(self):
        return self._file.newlines

    @property
    def buffer(self):
        return self._file.buffer

    def detach(self):
        return self._file.detach()

    # async iteration and context management
    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def __repr__(self):
        return '<%s name=%r>' % (type(self).__name__, getattr(self._file, 'name', None))


class AsyncTextIOWrapper(AsyncFile):
    pass


class AsyncBufferedIOBase(AsyncFile):
    pass


class AsyncBufferedReader(AsyncBufferedIOBase):
    pass


class AsyncFileIO(AsyncFile):
    pass


def _wrap(file, loop, executor):
    mode = getattr(file, 'mode', '')
    if isinstance(mode, str) and 'b' in mode:
        if 'r' in mode and '+' not in mode:
            return AsyncBufferedReader(file, loop, executor)
        return AsyncBufferedIOBase(file, loop, executor)
    return AsyncTextIOWrapper(file, loop, executor)


class AiofilesContextManager:
    """What aiofiles.open returns: awaitable, and an async context manager closing the file."""

    def __init__(self, coro):
        self._coro = coro
        self._obj = None

    def __await__(self):
        # A generator delegating to the coroutine rather than the coroutine's own
        # __await__() iterator: the object awaited stays ours (and works around an aspic
        # `with`-block unwinding bug that surfaced through the bare wrapper).
        return (yield from self._coro.__await__())

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._obj = await self._coro
        return self._obj

    async def __aexit__(self, exc_type, exc, tb):
        await self._obj.close()
        self._obj = None


async def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
                closefd=True, opener=None, *, loop=None, executor=None):
    if loop is None:
        loop = asyncio.get_running_loop()
    kwargs = {}
    if buffering != -1:
        kwargs['buffering'] = buffering
    if encoding is not None:
        kwargs['encoding'] = encoding
    if errors is not None:
        kwargs['errors'] = errors
    if newline is not None:
        kwargs['newline'] = newline
    if not closefd:
        kwargs['closefd'] = closefd
    if opener is not None:
        kwargs['opener'] = opener
    import builtins
    f = await loop.run_in_executor(executor, functools.partial(builtins.open, file, mode,
                                                               **kwargs))
    return _wrap(f, loop, executor)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None, *, loop=None, executor=None):
    """Open file in an executor; see the module docstring for how to use the result."""
    return AiofilesContextManager(_open(file, mode, buffering, encoding, errors, newline,
                                        closefd, opener, loop=loop, executor=executor))


class _StdStream:
    def __init__(self, name):
        self._name = name

    def _f(self):
        import sys
        return getattr(sys, self._name)

    async def write(self, data):
        return await _run(None, None, self._f().write, data)

    async def flush(self):
        return await _run(None, None, self._f().flush)

    async def read(self, *args):
        return await _run(None, None, self._f().read, *args)

    async def readline(self, *args):
        return await _run(None, None, self._f().readline, *args)


stdin = _StdStream('stdin')
stdout = _StdStream('stdout')
stderr = _StdStream('stderr')
