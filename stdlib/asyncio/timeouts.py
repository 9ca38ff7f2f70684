"""asyncio.timeout() and timeout_at(): cancel the enclosed block when the
deadline passes and turn that cancellation into TimeoutError."""

__all__ = (
    "Timeout",
    "timeout",
    "timeout_at",
)

from . import events
from . import exceptions
from . import tasks


class _State:
    """The states of a Timeout (CPython uses an enum)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


_State.CREATED = _State('CREATED', 'created')
_State.ENTERED = _State('ENTERED', 'active')
_State.EXPIRING = _State('EXPIRING', 'expiring')
_State.EXPIRED = _State('EXPIRED', 'expired')
_State.EXITED = _State('EXITED', 'finished')


class Timeout:
    """Async context manager cancelling the current task at loop time
    `when` (None: never).  Made by timeout() and timeout_at()."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline (loop time) or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(
                f"Cannot change state of {self._state.value} Timeout",
            )

        self._when = when

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()

        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True if the deadline passed while the block was running."""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state.value}]{info_str}>"

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _State.ENTERED
        self._task = task
        # cancellations requested before entering are not ours
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            # our cancel() request is withdrawn; if no other request is
            # pending, the CancelledError was ours: make it a TimeoutError
            if (self._task.uncancel() <= self._cancelling and
                    exc_type is exceptions.CancelledError):
                raise TimeoutError from exc_val
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED

        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        # the handle has run: nothing to cancel any more
        self._timeout_handler = None


def timeout(delay):
    """Async context manager raising TimeoutError if its block takes more
    than delay seconds (None: no limit)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Like timeout(), with an absolute deadline in loop.time() units."""
    return Timeout(when)
