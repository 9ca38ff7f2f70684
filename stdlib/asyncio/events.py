"""Event loop interfaces, callback handles, the loop policy and the
running-loop functions."""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import contextvars
import sys

from . import format_helpers

_Context = contextvars.Context


class Handle:
    """What call_soon() returns: a callback with its arguments and context."""

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # keep the repr: it tells what the callback was
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        ctx = self._context
        try:
            if ctx.__class__ is _Context and not ctx._entered:
                # ctx.run(self._callback, *self._args), inlined
                prev = contextvars._current
                ctx._entered = True
                contextvars._current = ctx
                try:
                    self._callback(*self._args)
                finally:
                    contextvars._current = prev
                    ctx._entered = False
            else:
                ctx.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(
                self._callback, self._args)
            context = {
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        self = None  # no cycle through the exception


# Under `aspic --virtual-time` the clock stands still while callbacks run, so timers that
# real time would have scheduled microseconds apart get equal deadlines. Breaking those
# ties by scheduling order gives the order a real run would show. In real time exact ties
# only come from explicit call_at() deadlines, and they keep CPython's heap order.
try:
    import _aspic_loop
    _TIES_IN_SCHEDULING_ORDER = _aspic_loop.virtual_time()
except ImportError:
    _TIES_IN_SCHEDULING_ORDER = False
_timer_seq = 0


class TimerHandle(Handle):
    """What call_later() and call_at() return."""

    def __init__(self, when, callback, args, loop, context=None):
        global _timer_seq
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        _timer_seq += 1
        self._seq = _timer_seq

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            if _TIES_IN_SCHEDULING_ORDER and self._when == other._when:
                return self._seq < other._seq
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractServer:
    """Abstract server returned by create_server()."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """Abstract event loop."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def _timer_handle_cancelled(self, handle):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        return self.call_later(0, callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _Local:
    _loop = None
    _set_called = False


def _threading():
    # The threading module if it was imported (asyncio does not import it:
    # no thread but the main one can exist before).
    return sys.modules.get('threading')


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread; the main thread gets one created on
    demand by get_event_loop(), other threads must set theirs."""

    _loop_factory = None
    _others = None

    def __init__(self):
        self._main = _Local()  # the main thread's
        # the other threads' (a threading.local, made on first use)

    @property
    def _local(self):
        threading = _threading()
        if (threading is None or
                threading.current_thread() is threading.main_thread()):
            return self._main
        others = self._others
        if others is None:
            # (setdefault: atomic, should two threads get here at once)
            others = self.__dict__.setdefault('_others', threading.local())
        try:
            return others.state
        except AttributeError:
            others.state = state = _Local()
            return state

    def get_event_loop(self):
        local = self._local
        if (local._loop is None and not local._set_called and
                local is self._main):
            self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            threading = _threading()
            name = (threading.current_thread().name
                    if threading is not None else 'MainThread')
            raise RuntimeError('There is no current event loop in thread %r.'
                               % name)
        return local._loop

    def set_event_loop(self, loop):
        local = self._local
        local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(
                f"loop must be an instance of AbstractEventLoop or None, "
                f"not '{type(loop).__name__}'")
        local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None

# The loop running in this thread (one per thread).
_running_loop = None
import _thread
_thread._per_thread_global(globals(), '_running_loop')
del _thread


def get_running_loop():
    """Return the running event loop; RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """Return the running event loop or None."""
    return _running_loop


def _set_running_loop(loop):
    """Set the running event loop (loops call this in run_forever)."""
    global _running_loop
    _running_loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the event loop policy; None restores the default one."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(
            f"policy must be an instance of AbstractEventLoopPolicy or None, "
            f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop when called from a coroutine or callback; otherwise
    the policy's loop (created on first use in the main thread)."""
    return _get_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _running_loop
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()
