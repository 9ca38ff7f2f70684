"""Synchronization primitives for coroutines: Lock, Event, Condition,
Semaphore, BoundedSemaphore, Barrier."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

import collections
import types

from . import exceptions
from . import mixins


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # `async with lock as x` binds None, like CPython
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    # Legacy (Python 3.4) form: `with (yield from lock):` in a
    # generator-based coroutine acquires the lock and gets a context
    # manager that releases it.
    @types.coroutine
    def __iter__(self):
        yield from self.acquire()
        return _ReleasingContextManager(self)


class _ReleasingContextManager:
    """Returned by `yield from lock`: releases the lock on exit."""

    def __init__(self, lock):
        self._lock = lock

    def __enter__(self):
        return None

    def __exit__(self, *args):
        try:
            self._lock.release()
        finally:
            self._lock = None


def _extra(base, waiters):
    if waiters:
        return f'{base}, waiters:{len(waiters)}'
    return base


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutex for coroutines: acquire() waits until the lock is free;
    waiters get it in FIFO order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = _extra('locked' if self._locked else 'unlocked', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """True if the lock is held."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, then take it; return True."""
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # woken up and cancelled at once: pass the turn on
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Release the lock and wake the first waiter.  RuntimeError if
        the lock is not held."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag coroutines can wait for: wait() blocks until set()."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = _extra('set' if self._value else 'unset', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        """Set the flag and wake every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag: wait() blocks again."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it is)."""
        if self._value:
            return True

        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable: wait() releases the lock until notify()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        res = super().__repr__()
        extra = _extra('locked' if self.locked() else 'unlocked',
                       self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Release the lock, wait for notify(), re-acquire the lock;
        return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)

        finally:
            # re-acquire the lock even when cancelled, then re-raise
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True

            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')

        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every waiter (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter: acquire() decrements it, waiting while it is zero;
    release() increments it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        extra = _extra(extra, self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """True if acquire() would wait."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        """Decrement the counter, first waiting while it is zero (FIFO)."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # the value reserved for us by _wake_up_next goes back
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Increment the counter and wake the next waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                # reserve the unit for the waiter we wake
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierStateValue:
    # (CPython uses an enum; aspic has no enum module yet)
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'


class _BarrierState:
    FILLING = _BarrierStateValue('FILLING', 'filling')
    DRAINING = _BarrierStateValue('DRAINING', 'draining')
    RESETTING = _BarrierStateValue('RESETTING', 'resetting')
    BROKEN = _BarrierStateValue('BROKEN', 'broken')


class Barrier(mixins._LoopBoundMixin):
    """Blocks `parties` tasks in wait() until all of them arrive."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for all parties; return this task's arrival index."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in (
                _BarrierState.DRAINING, _BarrierState.RESETTING)
        )
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)
        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Return the barrier to its initial state (waiters get
        BrokenBarrierError)."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiters get BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN
