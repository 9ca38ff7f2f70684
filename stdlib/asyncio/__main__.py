"""`aspic -m asyncio`: a REPL whose inputs may `await`, run on one event loop that
keeps running between prompts (the console reads input in a thread of its own)."""

import asyncio
import code
import inspect
import sys
import threading
import types
import warnings

from . import exceptions

PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class _Result:
    """The outcome of one input, handed from the loop to the console thread."""

    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._exc = None

    def set_result(self, value):
        self._value = value
        self._done.set()

    def set_exception(self, exc):
        self._exc = exc
        self._done.set()

    def result(self):
        self._done.wait()
        if self._exc is not None:
            raise self._exc
        return self._value


class AsyncIOInteractiveConsole(code.InteractiveConsole):

    def __init__(self, locals, loop):
        super().__init__(locals)
        self.compile.compiler.flags |= PyCF_ALLOW_TOP_LEVEL_AWAIT
        self.loop = loop

    def runcode(self, code):
        result = _Result()

        def callback():
            global repl_future, repl_future_interrupted
            repl_future = None
            repl_future_interrupted = False
            func = types.FunctionType(code, self.locals)
            try:
                coro = func()
            except SystemExit:
                raise
            except KeyboardInterrupt as ex:
                repl_future_interrupted = True
                result.set_exception(ex)
                return
            except BaseException as ex:
                result.set_exception(ex)
                return
            if not inspect.iscoroutine(coro):
                result.set_result(coro)
                return
            try:
                repl_future = self.loop.create_task(coro)
            except BaseException as exc:
                result.set_exception(exc)
                return

            def done(task):
                if task.cancelled():
                    result.set_exception(exceptions.CancelledError())
                elif task.exception() is not None:
                    result.set_exception(task.exception())
                else:
                    result.set_result(task.result())
            repl_future.add_done_callback(done)

        self.loop.call_soon_threadsafe(callback)
        try:
            return result.result()
        except SystemExit:
            raise
        except BaseException as e:
            if repl_future_interrupted:
                self.write("\nKeyboardInterrupt\n")
            else:
                self.showtraceback(e)


class REPLThread(threading.Thread):

    def run(self):
        try:
            banner = (
                f'asyncio REPL {sys.version} on {sys.platform}\n'
                f'Use "await" directly instead of "asyncio.run()".\n'
                f'Type "help", "copyright", "credits" or "license" '
                f'for more information.\n'
                f'{getattr(sys, "ps1", ">>> ")}import asyncio'
            )
            console.interact(banner=banner, exitmsg='exiting asyncio REPL...')
        finally:
            warnings.filterwarnings(
                'ignore',
                message=r'^coroutine .* was never awaited$',
                category=RuntimeWarning)
            loop.call_soon_threadsafe(loop.stop)


if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    repl_locals = {'asyncio': asyncio}
    for key in ('__name__', '__package__', '__loader__', '__spec__', '__builtins__', '__file__'):
        if key in globals():
            repl_locals[key] = globals()[key]

    console = AsyncIOInteractiveConsole(repl_locals, loop)

    repl_future = None
    repl_future_interrupted = False

    repl_thread = REPLThread()
    repl_thread.daemon = True
    repl_thread.start()

    while True:
        try:
            loop.run_forever()
        except KeyboardInterrupt:
            if repl_future and not repl_future.done():
                repl_future.cancel()
                repl_future_interrupted = True
            continue
        else:
            break
