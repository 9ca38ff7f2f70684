"""The event loop: a FIFO queue of ready callbacks and a heap of timers.

Each iteration (_run_once) drops cancelled timers, waits for I/O or for the
earliest timer, moves the due timers to the ready queue, then runs the
callbacks that were ready when the iteration started.
"""

__all__ = 'BaseEventLoop',

import collections
import heapq
import sys

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from .log import logger

try:
    import _aspic_loop
except ImportError:
    _aspic_loop = None


try:
    from _asyncio import ReadyQueue as _ReadyQueue
except ImportError:
    _ReadyQueue = None

if _ReadyQueue is None:
    class _ReadyQueue(collections.deque):
        """Stand-in for _asyncio.ReadyQueue."""

        __slots__ = ()

        def run(self, ntodo):
            # pop up to ntodo handles and run the ones not cancelled
            popleft = self.popleft
            for i in range(ntodo):
                handle = popleft()
                if not handle._cancelled:
                    handle._run()
            handle = None  # no cycles through the last handle


if _aspic_loop is not None:
    _monotonic = _aspic_loop.time
    _Poller = _aspic_loop.Poller
else:
    import time as _time

    _monotonic = _time.monotonic

    class _Poller:
        """Stand-in for _aspic_loop.Poller when no fd can be registered:
        waiting just sleeps for the timeout."""

        def wait(self, timeout):
            if timeout is None:
                # nothing can ever wake us up: block, as CPython's
                # selector would
                while True:
                    _time.sleep(3600)
            if timeout > 0:
                _time.sleep(timeout)
            return []

        def wakeup(self):
            pass

        def close(self):
            pass


# Minimum number of scheduled timers before cancelled ones are purged
# in bulk, and the fraction of cancelled timers that triggers the purge.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Longest single wait (seconds), as in CPython.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # the exception is re-raised by run_forever: don't stop here
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = _ReadyQueue()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self.set_debug(False)
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._poller = _Poller()

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    def create_future(self):
        """Create a Future attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Set the factory create_task() uses: factory(loop, coro) must
        return a Future-compatible object.  None restores Task."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _process_events(self, event_list):
        # No file descriptors are watched yet.
        pass

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators still alive."""
        self._asyncgens_shutdown_called = True

        if not len(self._asyncgens):
            return

        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()

        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Shut the default executor down (waiting for its jobs) in
        another thread."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
        old_agen_hooks = None
        self._thread_id = 1
        if get_hooks is not None and set_hooks is not None:
            old_agen_hooks = get_hooks()
            set_hooks(firstiter=self._asyncgen_firstiter_hook,
                      finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_agen_hooks is not None:
                set_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is
        done; return its result or raise its exception."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # the task is ours: its exception is raised here, so don't
            # also log it as never retrieved
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # run_forever raised the task's exception (e.g.
                # KeyboardInterrupt): it is retrieved
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop running after the current iteration's callbacks."""
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped.  Not allowed
        while running; idempotent."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._poller.close()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock (monotonic seconds)."""
        return _monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds; return a TimerHandle.
        Timers due at the same time run in the order they were made."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        self._push_timer(timer)
        timer._scheduled = True
        return timer

    def _push_timer(self, timer):
        # A heap ordered by deadline only: timers with equal deadlines come
        # out in heap order, exactly as in CPython.
        heapq.heappush(self._scheduled, timer)

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next iteration (FIFO)."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        return self._call_soon(callback, args, context)

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(
                f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), and wakes the loop up."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._write_to_self()
        return handle

    def _write_to_self(self):
        self._poller.wakeup()

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (None: the loop's default
        ThreadPoolExecutor, made on first use); return an asyncio Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                # (concurrent.futures imports threading: only when needed)
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio'
                )
                self._default_executor = executor
        return futures.wrap_future(
            executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the exception handler; None
        restores the default one."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys and the exception's
        traceback to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False

        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback' or key == 'handle_traceback':
                value = ''.join(
                    f'  File "{f[0]}", line {f[1]}, in {f[2]}\n'
                    for f in value).rstrip()
                what = ('Object created at (most recent call last):\n'
                        if key == 'source_traceback' else
                        'Handle created at (most recent call last):\n')
                value = what + value
            else:
                value = repr(value)
            log_lines.append(f'{key}: {value}')

        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Call the exception handler with context, a dict with
        'message' and optionally 'exception', 'future', 'task', 'handle',
        'protocol', 'transport', 'socket', 'asyncgen'."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler',
                             exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # the custom handler failed: report both with the default one
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler',
                                 exc_info=True)

    def _add_callback(self, handle):
        """Add a Handle to _ready (or drop it if cancelled)."""
        if not handle._cancelled:
            self._ready.append(handle)

    def _timer_handle_cancelled(self, handle):
        """Called by TimerHandle.cancel()."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for I/O or the next timer, then run every
        callback that is ready."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # many cancelled timers: rebuild the heap without them
            new_scheduled = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # drop the cancelled timers at the head of the heap
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            when = scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        event_list = self._poller.wait(timeout)
        self._process_events(event_list)

        # move the due timers to the ready queue
        end_time = self.time() + self._clock_resolution
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Run the callbacks ready now; those they schedule wait for the
        # next iteration.
        ready = self._ready
        ntodo = len(ready)
        if not self._debug:
            ready.run(ntodo)
            return
        for i in range(ntodo):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                # remembered for the exception handler's report
                self._current_handle = handle
                try:
                    handle._run()
                finally:
                    self._current_handle = None
            else:
                handle._run()
        handle = None  # no cycles through the last handle

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)
